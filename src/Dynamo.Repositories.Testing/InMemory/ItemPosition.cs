using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>
/// Where an item stands in a table or index: the values that order it (partition, sort key, then the table key
/// for index entries that share an index key). Positions compare with <see cref="AttributeOrder"/>; a start key
/// resumes after its position whether or not an item is still stored there.
/// </summary>
internal sealed class ItemPosition(IReadOnlyList<AttributeValue?> values) : IComparable<ItemPosition>
{
    /// <summary>Gets the ordering values, most significant first (null where a table has no sort key).</summary>
    public IReadOnlyList<AttributeValue?> Values { get; } = values;

    /// <inheritdoc/>
    public int CompareTo(ItemPosition? other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < Values.Count && i < other.Values.Count; i++)
        {
            var (a, b) = (Values[i], other.Values[i]);
            if (a is null || b is null)
            {
                continue;
            }

            var order = AttributeOrder.Instance.Compare(a, b);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
