using System.Linq.Expressions;
using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.Expressions;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Query;

/// <summary>Chooses the table or index to query and builds its key condition and direction.</summary>
internal sealed partial class QueryPlanner<T>
{
    private QueryTarget? ChooseTarget(List<Conjunct> conjuncts)
    {
        var targets = new List<QueryTarget> { new(null, _entity.PartitionKey, _entity.SortKey) };
        targets.AddRange(_entity.Indexes.Select(i => new QueryTarget(i, i.PartitionKey, i.SortKey)));
        if (_specification.Items.TryGetValue(DynamoSpecificationItems.IndexName, out var requested) && requested is string indexName)
        {
            var named = targets.Find(t => string.Equals(t.Index?.Name, indexName, StringComparison.Ordinal))
                ?? throw Unsupported(
                    $"the specification names the index '{indexName}', which is not declared. Declared indexes: {string.Join(", ", _entity.Indexes.Select(i => i.Name).DefaultIfEmpty("none"))}.",
                    indexName);
            if (!Pins(conjuncts, named.PartitionKey))
            {
                throw Unsupported(
                    $"the specification names the index '{indexName}' but does not pin its partition key; add a condition 'x.{named.PartitionKey.Name} == value'.",
                    indexName);
            }

            RejectOrdering(named);
            return named;
        }

        var eligible = targets.Where(t => Pins(conjuncts, t.PartitionKey)).ToList();
        if (eligible.Count == 0)
        {
            return null;
        }

        var ordered = eligible.Where(OrderingFits).ToList();
        if (ordered.Count == 0)
        {
            RejectOrdering(eligible[0]);
        }

        // Prefer a target whose sort key the specification constrains; on a tie the table (it reads consistently), then declaration order.
        return ordered.Find(t => t.SortKey is not null && conjuncts.Exists(c => c.KeyShape?.Property == t.SortKey)) ?? ordered[0];
    }

    private static bool Pins(List<Conjunct> conjuncts, PropertyMetadata key) =>
        conjuncts.Exists(c => c.KeyShape is { Kind: KeyPredicateKind.Equal } shape && shape.Property == key);

    private bool OrderingFits(QueryTarget target) =>
        _specification.OrderExpressions.All(o => OrderedProperty(o) is { } property && (property == target.SortKey || property == target.PartitionKey));

    private void RejectOrdering(QueryTarget target)
    {
        foreach (var order in _specification.OrderExpressions)
        {
            var property = OrderedProperty(order);
            if (property is null || (property != target.SortKey && property != target.PartitionKey))
            {
                var sortKey = target.SortKey is null ? $"{target.Description} has no sort key" : $"the sort key of {target.Description} is {target.SortKey.Name}";
                throw Unsupported(
                    $"'{order.KeySelector}' cannot be planned: DynamoDB returns a query's items in sort key order only, and {sortKey}. " +
                    "Order by that sort key, declare an index whose sort key is the ordered property (and pin its partition key), or sort in memory after ListAsync.",
                    order.KeySelector.ToString());
            }
        }
    }

    private PropertyMetadata? OrderedProperty(OrderExpressionInfo<T> order)
    {
        var path = AttributePath.TryResolve(order.KeySelector.Body, order.KeySelector.Parameters[0], _entity, detail => $"{_entity.DisplayName}: '{order.KeySelector}': {detail}");
        return path is { IsTopLevel: true } ? path.Leaf : null;
    }

    private bool ResolveDirection(QueryTarget target)
    {
        var order = _specification.OrderExpressions.FirstOrDefault(o => target.SortKey is not null && OrderedProperty(o) == target.SortKey);
        return order is null || order.OrderType is OrderTypeEnum.OrderBy or OrderTypeEnum.ThenBy;
    }

    private static List<Conjunct> TakeKeyPredicates(List<Conjunct> conjuncts, PropertyMetadata key) =>
        conjuncts.Where(c => c.KeyShape?.Property == key).ToList();

    private static bool IsGetItem(QueryTarget target, List<Conjunct> sortPredicates) =>
        target.SortKey is null
            ? sortPredicates.Count == 0
            : sortPredicates.Count == 1 && sortPredicates[0].KeyShape!.Value.Kind == KeyPredicateKind.Equal;

    private AttributeValue KeyValue(Conjunct conjunct)
    {
        var (property, kind, value) = conjunct.KeyShape!.Value;
        var evaluated = ExpressionValues.Evaluate(value)!;
        if (kind == KeyPredicateKind.BeginsWith)
        {
            return new AttributeValue { S = Convert.ToString(evaluated, System.Globalization.CultureInfo.InvariantCulture) };
        }

        return new ConditionTranslator(_entity, conjunct.Source, _attributes).WriteValue(property, evaluated, conjunct.Body);
    }

    private string? SortKeyCondition(QueryTarget target, List<Conjunct> predicates)
    {
        if (predicates.Count == 0)
        {
            return null;
        }

        var name = _attributes.Name(target.SortKey!.AttributeName);
        if (predicates.Count == 1)
        {
            var only = predicates[0];
            var value = _attributes.Value(KeyValue(only));
            return only.KeyShape!.Value.Kind switch
            {
                KeyPredicateKind.Equal => $"{name} = {value}",
                KeyPredicateKind.LessThan => $"{name} < {value}",
                KeyPredicateKind.LessThanOrEqual => $"{name} <= {value}",
                KeyPredicateKind.GreaterThan => $"{name} > {value}",
                KeyPredicateKind.GreaterThanOrEqual => $"{name} >= {value}",
                _ => $"begins_with({name}, {value})",
            };
        }

        var lower = predicates.Find(p => p.KeyShape!.Value.Kind == KeyPredicateKind.GreaterThanOrEqual);
        var upper = predicates.Find(p => p.KeyShape!.Value.Kind == KeyPredicateKind.LessThanOrEqual);
        if (predicates.Count == 2 && lower is not null && upper is not null)
        {
            return $"{name} BETWEEN {_attributes.Value(KeyValue(lower))} AND {_attributes.Value(KeyValue(upper))}";
        }

        throw Unsupported(
            $"the conditions {string.Join(" and ", predicates.Select(p => $"'{p.Body}'"))} all constrain the sort key {target.SortKey.Name} of {target.Description}, " +
            "but a key condition holds one: ==, <, <=, >, >=, StartsWith, or a range written '>= a && <= b' (BETWEEN). Combine them into one of these.",
            predicates[1].Body.ToString());
    }

    private void RejectKeyAttributesInFilter(List<Conjunct> remaining, QueryTarget target)
    {
        foreach (var conjunct in remaining)
        {
            var finder = new KeyMemberFinder(conjunct.Source.Parameters[0], target.PartitionKey, target.SortKey);
            finder.Visit(conjunct.Body);
            if (finder.Found is { } key)
            {
                throw Unsupported(
                    $"the condition '{conjunct.Body}' tests {key.Name}, a key of {target.Description}, in a way a key condition cannot express, and DynamoDB does not filter on key attributes. " +
                    $"Use ==, <, <=, >, >=, StartsWith or a '>= a && <= b' range on {key.Name}, outside any ||.",
                    conjunct.Body.ToString());
            }
        }
    }

    private string KeyHint()
    {
        var keys = new List<string> { $"x.{_entity.PartitionKey.Name} == value" };
        keys.AddRange(_entity.Indexes.Where(i => i.IsGlobal).Select(i => $"x.{i.PartitionKey.Name} == value (index {i.Name})"));
        return string.Join("' or '", keys);
    }

    private sealed class KeyMemberFinder(ParameterExpression parameter, PropertyMetadata partitionKey, PropertyMetadata? sortKey) : ExpressionVisitor
    {
        public PropertyMetadata? Found { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == parameter)
            {
                if (node.Member.Name == partitionKey.Name)
                {
                    Found ??= partitionKey;
                }
                else if (sortKey is not null && node.Member.Name == sortKey.Name)
                {
                    Found ??= sortKey;
                }
            }

            return base.VisitMember(node);
        }
    }
}
