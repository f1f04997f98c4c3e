using System.Collections;
using System.Linq.Expressions;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Expressions;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Query;

/// <summary>
/// Recognises specifications that name whole table keys (<c>ids.Contains(x.Id)</c>, <c>x.Id == a || x.Id == b</c>,
/// or a pinned partition key with <c>sortKeys.Contains(x.S)</c>) and plans them into BatchGetItem.
/// </summary>
internal sealed partial class QueryPlanner<T>
{
    private QueryPlan? PlanBatch(List<Conjunct> conjuncts, int? take, bool? requestedConsistency)
    {
        if (_specification.Items.ContainsKey(DynamoSpecificationItems.IndexName))
        {
            return null;
        }

        var keys = BatchKeys(conjuncts, out var used);
        if (keys is null)
        {
            return null;
        }

        var residual = conjuncts.Find(c => !used.Contains(c));
        if (residual is not null)
        {
            throw Unsupported(
                $"the specification names its items by key, so it is read with BatchGetItem, which cannot filter; the condition '{residual.Body}' cannot apply. " +
                "Remove it and filter the entities in memory after ListAsync, or query by partition key instead.",
                residual.Body.ToString());
        }

        if (_specification.OrderExpressions.FirstOrDefault() is { } order)
        {
            throw Unsupported(
                $"'{order.KeySelector}' orders a read by keys (BatchGetItem), whose items come in the order of the ids. Order the ids instead, or sort in memory after ListAsync.",
                order.KeySelector.ToString());
        }

        var distinct = new List<Dictionary<string, AttributeValue>>(keys.Count);
        var seen = new HashSet<ItemIdentity>();
        foreach (var key in keys)
        {
            if (seen.Add(ItemIdentity.Of(_tableName, key)))
            {
                distinct.Add(key);
            }
        }

        return distinct.Count == 0
            ? Empty()
            : Planned(QueryOperation.BatchGet, take, requestedConsistency ?? _options.ConsistentReads, projection: null, keys: distinct);
    }

    private List<Dictionary<string, AttributeValue>>? BatchKeys(List<Conjunct> conjuncts, out HashSet<Conjunct> used)
    {
        used = [];
        var partition = _entity.PartitionKey;
        var sort = _entity.SortKey;
        foreach (var conjunct in conjuncts)
        {
            if (KeysOfDisjunction(conjunct) is { } ored)
            {
                used.Add(conjunct);
                return ored;
            }

            var target = sort ?? partition;
            if (ContainsValues(conjunct, target) is not { } values)
            {
                continue;
            }

            used.Add(conjunct);
            if (sort is null)
            {
                return values.ConvertAll(v => new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [partition.AttributeName] = v });
            }

            var pinned = conjuncts.Find(c => c.KeyShape is { Kind: KeyPredicateKind.Equal } shape && shape.Property == partition);
            if (pinned is null)
            {
                used.Clear();
                return null;
            }

            used.Add(pinned);
            var partitionValue = KeyValue(pinned);
            return values.ConvertAll(v => new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                [partition.AttributeName] = partitionValue,
                [sort.AttributeName] = v,
            });
        }

        return null;
    }

    // values.Contains(x.Key), whatever collection type (arrays bind to MemoryExtensions.Contains in C# 14).
    private List<AttributeValue>? ContainsValues(Conjunct conjunct, PropertyMetadata key)
    {
        if (conjunct.Body is not MethodCallExpression { Method.Name: "Contains" } call)
        {
            return null;
        }

        var (source, item) = call switch
        {
            { Object: null, Arguments.Count: 2 } => (ConditionTranslator.UnwrapSpan(call.Arguments[0]), call.Arguments[1]),
            { Object: null, Arguments.Count: 3, Method.DeclaringType: var type } when type == typeof(MemoryExtensions) && call.Arguments[2] is ConstantExpression { Value: null }
                => (ConditionTranslator.UnwrapSpan(call.Arguments[0]), call.Arguments[1]),
            { Object: { } instance, Arguments.Count: 1 } => (instance, call.Arguments[0]),
            _ => (null, null),
        };
        var parameter = conjunct.Source.Parameters[0];
        if (source is null || item is null || ExpressionValues.DependsOn(source, parameter)
            || TopLevel(ExpressionValues.StripConvert(item), parameter, conjunct.Source) != key)
        {
            return null;
        }

        var translator = new ConditionTranslator(_entity, conjunct.Source, _attributes);
        var values = new List<AttributeValue>();
        foreach (var value in ExpressionValues.Evaluate(source) as IEnumerable ?? throw Unsupported($"the collection of '{call}' is null.", call.ToString()))
        {
            values.Add(translator.WriteValue(key, value ?? throw Unsupported($"the collection of '{call}' holds null, which is no key.", call.ToString()), call));
        }

        return values;
    }

    // x.Id == a || x.Id == b (or (x.P == a && x.S == b) || ... for a composite key): every leaf pins the full key.
    private List<Dictionary<string, AttributeValue>>? KeysOfDisjunction(Conjunct conjunct)
    {
        if (conjunct.Body is not BinaryExpression { NodeType: ExpressionType.OrElse })
        {
            return null;
        }

        var leaves = new List<Expression>();
        Flatten(conjunct.Body, leaves);
        var keys = new List<Dictionary<string, AttributeValue>>(leaves.Count);
        foreach (var leaf in leaves)
        {
            var parts = new List<Conjunct>();
            Split(leaf, conjunct.Source, parts);
            var key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
            foreach (var part in parts)
            {
                var shaped = part with { KeyShape = KeyShapeOf(part) };
                if (shaped.KeyShape is not { Kind: KeyPredicateKind.Equal } shape
                    || (shape.Property != _entity.PartitionKey && shape.Property != _entity.SortKey)
                    || !key.TryAdd(shape.Property.AttributeName, KeyValue(shaped)))
                {
                    return null;
                }
            }

            if (key.Count != (_entity.SortKey is null ? 1 : 2))
            {
                return null;
            }

            keys.Add(key);
        }

        return keys;
    }

    private static void Flatten(Expression body, List<Expression> leaves)
    {
        if (body is BinaryExpression { NodeType: ExpressionType.OrElse } or)
        {
            Flatten(or.Left, leaves);
            Flatten(or.Right, leaves);
        }
        else
        {
            leaves.Add(body);
        }
    }
}
