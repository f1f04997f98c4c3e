using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.Testing.InMemory;

namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>Runs a production query plan over stored items: the plan's target and order, then the specification in memory.</summary>
internal static class InMemoryQuery
{
    /// <summary>Evaluates a planned specification: items of the plan's table or index, in key order, filtered and ordered by the specification, then the plan's Take.</summary>
    public static List<T> Run<T>(EntityMetadata<T> metadata, QueryPlan plan, IEnumerable<Dictionary<string, AttributeValue>> items, ISpecification<T> specification)
        where T : class
    {
        if (plan.Operation == QueryOperation.Empty)
        {
            return [];
        }

        var order = KeyOrder(metadata, plan.Index);
        IEnumerable<Dictionary<string, AttributeValue>> candidates = items

            // An index holds only the items that have its key attributes (a sparse index).
            .Where(item => plan.Index is null || order.All(item.ContainsKey))
            .OrderBy(item => item, Comparer<Dictionary<string, AttributeValue>>.Create((a, b) => Compare(a, b, order)));
        if (!plan.ScanIndexForward)
        {
            candidates = candidates.Reverse();
        }

        var entities = candidates.Select(item => metadata.FromItem(AttributeValueCopier.Copy(item)));
        entities = WhereEvaluator.Instance.Evaluate(entities, specification);
        entities = SearchMemoryEvaluator.Instance.Evaluate(entities, specification);

        // The planner accepted the ordering only on the target's sort key, so this orders as DynamoDB would.
        entities = OrderEvaluator.Instance.Evaluate(entities, specification);
        return plan.Take is { } take ? entities.Take(take).ToList() : entities.ToList();
    }

    private static string[] KeyOrder(EntityMetadata metadata, IndexMetadata? index)
    {
        var names = new List<string>();
        if (index is not null)
        {
            names.Add(index.PartitionKey.AttributeName);
            if (index.SortKey is not null)
            {
                names.Add(index.SortKey.AttributeName);
            }
        }

        names.Add(metadata.PartitionKey.AttributeName);
        if (metadata.SortKey is not null)
        {
            names.Add(metadata.SortKey.AttributeName);
        }

        return names.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static int Compare(Dictionary<string, AttributeValue> a, Dictionary<string, AttributeValue> b, string[] order)
    {
        foreach (var name in order)
        {
            var result = Compare(a.GetValueOrDefault(name), b.GetValueOrDefault(name));
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    // Key attributes are S, N or B: strings (as UTF-8) and binaries compare byte-wise, as DynamoDB does, numbers numerically.
    private static int Compare(AttributeValue? a, AttributeValue? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        if (a.N is not null && b.N is not null)
        {
            return decimal.Parse(a.N, NumberStyles.Float, CultureInfo.InvariantCulture)
                .CompareTo(decimal.Parse(b.N, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (a.B is not null && b.B is not null)
        {
            return a.B.ToArray().AsSpan().SequenceCompareTo(b.B.ToArray());
        }

        return System.Text.Encoding.UTF8.GetBytes(a.S ?? string.Empty).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(b.S ?? string.Empty));
    }
}
