using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Testing.InMemory.Expressions;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>
/// Reads one page of a Query or Scan as DynamoDB does: resume after the start key's position (whether or not an
/// item is still stored there), evaluate items in order until Limit items were read or 1 MB was read, then apply
/// the filter (so Limit counts items before the filter) and the projection.
/// </summary>
internal sealed class PageReader(
    InMemoryTable table,
    IndexSchema? index,
    ConditionNode? filter,
    IReadOnlyList<DocumentPath>? projection,
    bool countOnly,
    Dictionary<string, AttributeValue>? startKey,
    int? limit)
{
    /// <summary>The most data one page reads: 1 MB, measured with the library's item size estimate.</summary>
    public const long MaxPageBytes = 1024 * 1024;

    /// <summary>Reads the page from entries already in read order.</summary>
    public ReadPage Read(IEnumerable<(ItemPosition Position, Dictionary<string, AttributeValue> Item)> entries, bool descending)
    {
        var start = startKey is null ? null : table.Position(startKey, index);
        var items = new List<Dictionary<string, AttributeValue>>();
        int count = 0, scanned = 0;
        long bytes = 0;
        foreach (var (position, item) in entries)
        {
            if (start is not null && (descending ? position.CompareTo(start) >= 0 : position.CompareTo(start) <= 0))
            {
                continue;
            }

            scanned++;
            bytes += ItemSizeEstimator.Estimate(item);
            if (filter is null || filter.Evaluate(item))
            {
                count++;
                if (!countOnly)
                {
                    items.Add(ItemProjection.Apply(table.Project(item, index), projection));
                }
            }

            if (scanned == limit || bytes >= MaxPageBytes)
            {
                return new ReadPage(countOnly ? null : items, count, scanned, table.LastEvaluatedKey(item, index));
            }
        }

        return new ReadPage(countOnly ? null : items, count, scanned, null);
    }
}
