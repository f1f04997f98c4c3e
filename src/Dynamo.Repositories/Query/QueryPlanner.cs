using System.Globalization;
using System.Linq.Expressions;
using Ardalis.Specification;
using Dynamo.Repositories.Expressions;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;

namespace Dynamo.Repositories.Query;

/// <summary>
/// Plans an Ardalis specification into one DynamoDB operation: GetItem when both table keys are pinned by equality,
/// Query on the table or an index when a partition key is pinned, Scan only when allowed. Everything DynamoDB
/// cannot do is refused here, before any request is sent.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed partial class QueryPlanner<T>
    where T : class
{
    private readonly EntityMetadata<T> _entity;
    private readonly ISpecification<T> _specification;
    private readonly DynamoRepositoryOptions _options;
    private readonly string _tableName;
    private readonly ExpressionAttributes _attributes = new();
    private int _skip;

    private QueryPlanner(EntityMetadata<T> entity, ISpecification<T> specification, DynamoRepositoryOptions options, string tableName)
    {
        _entity = entity;
        _specification = specification;
        _options = options;
        _tableName = tableName;
    }

    /// <summary>Plans a specification.</summary>
    /// <param name="entity">The entity metadata.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="options">The options (scans, consistent reads).</param>
    /// <param name="tableName">The physical table name.</param>
    /// <param name="selector">A projection whose members become the ProjectionExpression, or null to read every attribute.</param>
    /// <param name="take">How the specification's Take applies: as written, ignored (counting, as Ardalis does), or capped.</param>
    /// <param name="cap">The cap when <paramref name="take"/> is <see cref="TakeMode.Cap"/>.</param>
    public static QueryPlan Plan(
        EntityMetadata<T> entity,
        ISpecification<T> specification,
        DynamoRepositoryOptions options,
        string tableName,
        LambdaExpression? selector = null,
        TakeMode take = TakeMode.Specification,
        int cap = 0)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(options);
        var limit = take switch
        {
            TakeMode.Ignore => null,
            TakeMode.Cap => specification.Take < 0 ? cap : Math.Min(specification.Take, cap),
            _ => specification.Take < 0 ? (int?)null : specification.Take,
        };
        var planner = new QueryPlanner<T>(entity, specification, options, tableName)
        {
            // Counting ignores Skip as it ignores Take (Ardalis evaluates the criteria only).
            _skip = take == TakeMode.Ignore ? 0 : Math.Max(specification.Skip, 0),
        };
        return planner.PlanCore(selector, limit);
    }

    private QueryPlan PlanCore(LambdaExpression? selector, int? take)
    {
        RejectUnsupportedParts();
        var conjuncts = CollectConjuncts(out var alwaysFalse);
        var requestedConsistency = _specification.Items.TryGetValue(DynamoSpecificationItems.ConsistentRead, out var consistent) && consistent is bool flag
            ? flag
            : (bool?)null;
        if (alwaysFalse || take == 0)
        {
            return Empty();
        }

        if (PlanBatch(conjuncts, take, requestedConsistency) is { } batch)
        {
            return batch;
        }

        var target = ChooseTarget(conjuncts);
        if (target is null)
        {
            return PlanScan(conjuncts, selector, take, requestedConsistency);
        }

        var consistentRead = ResolveConsistency(target, requestedConsistency);
        var remaining = new List<Conjunct>(conjuncts);
        var partition = TakeKeyPredicates(remaining, target.PartitionKey).First(p => p.KeyShape!.Value.Kind == KeyPredicateKind.Equal);
        remaining.Remove(partition);
        var sortPredicates = target.SortKey is null ? [] : TakeKeyPredicates(remaining, target.SortKey);
        foreach (var predicate in sortPredicates)
        {
            remaining.Remove(predicate);
        }

        var forward = ResolveDirection(target);
        var projection = BuildProjection(selector, target);
        if (target.Index is null && remaining.Count == 0 && IsGetItem(target, sortPredicates))
        {
            var key = new Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue>(StringComparer.Ordinal)
            {
                [target.PartitionKey.AttributeName] = KeyValue(partition),
            };
            if (target.SortKey is not null)
            {
                key[target.SortKey.AttributeName] = KeyValue(sortPredicates[0]);
            }

            return Planned(QueryOperation.GetItem, take, consistentRead, projection, key: key);
        }

        var keyCondition = $"{_attributes.Name(target.PartitionKey.AttributeName)} = {_attributes.Value(KeyValue(partition))}";
        var sortCondition = SortKeyCondition(target, sortPredicates);
        if (sortCondition is not null)
        {
            keyCondition = $"{keyCondition} AND {sortCondition}";
        }

        RejectKeyAttributesInFilter(remaining, target);
        var filter = Filter(remaining, out alwaysFalse);
        return alwaysFalse
            ? Empty()
            : Planned(QueryOperation.Query, take, consistentRead, projection, target.Index, keyCondition: keyCondition, filter: filter, forward: forward);
    }

    private QueryPlan PlanScan(List<Conjunct> conjuncts, LambdaExpression? selector, int? take, bool? requestedConsistency)
    {
        var allowed = _options.AllowScans
            || (_specification.Items.TryGetValue(DynamoSpecificationItems.AllowScan, out var allow) && allow is true);
        if (!allowed)
        {
            throw new ScanNotAllowedException(
                string.Create(CultureInfo.InvariantCulture, $"{_entity.DisplayName}: the specification pins no partition key by equality, so it would scan the whole table. ") +
                $"Add a condition '{KeyHint()}', or allow this scan with Query.AllowScan() in the specification (or AllowScans in the options).",
                _entity.ClrType);
        }

        if (_specification.OrderExpressions.Any())
        {
            var order = _specification.OrderExpressions.First();
            throw Unsupported(
                $"'{order.KeySelector}' orders a scan, and a scan returns items in no order. Pin a partition key so the query is ordered by its sort key, or sort in memory after ListAsync.",
                order.KeySelector.ToString());
        }

        var filter = Filter(conjuncts, out var alwaysFalse);
        return alwaysFalse
            ? Empty()
            : Planned(QueryOperation.Scan, take, requestedConsistency ?? _options.ConsistentReads, BuildProjection(selector, null), filter: filter);
    }

    // The one place a plan is built: what the operation sets, and the placeholders once every expression is translated.
    private QueryPlan Planned(
        QueryOperation operation,
        int? take,
        bool consistentRead,
        string? projection,
        IndexMetadata? index = null,
        Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue>? key = null,
        List<Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue>>? keys = null,
        string? keyCondition = null,
        string? filter = null,
        bool forward = true) => new()
        {
            Operation = operation,
            Entity = _entity,
            TableName = _tableName,
            Index = index,
            Key = key,
            Keys = keys,
            KeyCondition = keyCondition,
            Filter = filter,
            Projection = projection,
            ScanIndexForward = forward,
            ConsistentRead = consistentRead,
            Take = take,
            Skip = _skip,
            Names = _attributes.Names.Count == 0 ? null : _attributes.Names,
            Values = _attributes.Values.Count == 0 ? null : _attributes.Values,
            PositionAttributes = PositionAttributes(index),
        };

    private QueryPlan Empty() => new() { Operation = QueryOperation.Empty, Entity = _entity, TableName = _tableName, PositionAttributes = [] };

    private bool ResolveConsistency(QueryTarget target, bool? requested)
    {
        if (target.Index is { IsGlobal: true } index)
        {
            if (requested is true)
            {
                throw Unsupported(
                    $"the specification asks for a consistent read, but it queries the global secondary index {index.Name}, which DynamoDB can only read eventually consistently. Remove WithConsistentRead(), or pin the table's partition key instead.",
                    null);
            }

            return false;
        }

        return requested ?? _options.ConsistentReads;
    }

    private string? Filter(List<Conjunct> conjuncts, out bool alwaysFalse)
    {
        var condition = Condition.True;
        foreach (var conjunct in conjuncts)
        {
            condition = Condition.And(condition, PredicateTranslator.TranslateCondition(_entity, conjunct.Source, _attributes, conjunct.Body));
        }

        alwaysFalse = condition.Text is null && !condition.Constant;
        return condition.Text;
    }

    private List<string> PositionAttributes(IndexMetadata? index)
    {
        var names = new List<string>(4) { _entity.PartitionKey.AttributeName };
        if (_entity.SortKey is not null)
        {
            names.Add(_entity.SortKey.AttributeName);
        }

        if (index is not null)
        {
            if (!names.Contains(index.PartitionKey.AttributeName, StringComparer.Ordinal))
            {
                names.Add(index.PartitionKey.AttributeName);
            }

            if (index.SortKey is not null && !names.Contains(index.SortKey.AttributeName, StringComparer.Ordinal))
            {
                names.Add(index.SortKey.AttributeName);
            }
        }

        return names;
    }

    private UnsupportedSpecificationException Unsupported(string detail, string? expression) =>
        new($"{_entity.DisplayName}: {detail}", _entity.ClrType, expression);
}
