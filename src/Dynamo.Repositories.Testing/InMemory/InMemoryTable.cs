using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>The items of one in-memory table, ordered by key, and the entries of its secondary indexes.</summary>
internal sealed partial class InMemoryTable(TableSchema schema)
{
    private readonly SortedDictionary<ItemPosition, Dictionary<string, AttributeValue>> _items = new(Comparer<ItemPosition>.Create((a, b) => a.CompareTo(b)));

    /// <summary>Gets the table's schema.</summary>
    public TableSchema Schema { get; } = schema;

    /// <summary>Returns the stored item with a (validated) key, or null.</summary>
    public Dictionary<string, AttributeValue>? Find(Dictionary<string, AttributeValue> key) =>
        _items.TryGetValue(TablePosition(key), out var item) ? item : null;

    /// <summary>Stores an item (already copied and validated), replacing the one with the same key.</summary>
    public void Put(Dictionary<string, AttributeValue> item) => _items[TablePosition(item)] = item;

    /// <summary>Removes the item with a key, if any.</summary>
    public void Remove(Dictionary<string, AttributeValue> key) => _items.Remove(TablePosition(key));

    /// <summary>Returns whether two keys name the same item (numbers compared by value).</summary>
    public bool SameKey(Dictionary<string, AttributeValue> left, Dictionary<string, AttributeValue> right) =>
        TablePosition(left).CompareTo(TablePosition(right)) == 0;

    /// <summary>Returns the primary key of an item.</summary>
    public Dictionary<string, AttributeValue> KeyOf(Dictionary<string, AttributeValue> item) =>
        Schema.KeyAttributes.ToDictionary(a => a, a => AttributeValueCopier.Copy(item[a]), StringComparer.Ordinal);

    /// <summary>Returns the entries of the table, or of an index (items without the index's keys are absent), in key order.</summary>
    public List<(ItemPosition Position, Dictionary<string, AttributeValue> Item)> Entries(IndexSchema? index)
    {
        if (index is null)
        {
            return [.. _items.Select(i => (i.Key, i.Value))];
        }

        var entries = new List<(ItemPosition Position, Dictionary<string, AttributeValue> Item)>();
        foreach (var item in _items.Values)
        {
            if (HasKey(item, index.PartitionKey) && (index.SortKey is null || HasKey(item, index.SortKey)))
            {
                entries.Add((Position(item, index), item));
            }
        }

        entries.Sort((a, b) => a.Position.CompareTo(b.Position));
        return entries;
    }

    /// <summary>Returns the position of an item, or of a start key, in the table or an index.</summary>
    public ItemPosition Position(Dictionary<string, AttributeValue> item, IndexSchema? index) => index is null
        ? TablePosition(item)
        : new ItemPosition([Value(item, index.PartitionKey), index.SortKey is null ? null : Value(item, index.SortKey), .. TablePosition(item).Values]);

    /// <summary>Returns the LastEvaluatedKey of an item: the table's keys, and the index's keys when reading an index.</summary>
    public Dictionary<string, AttributeValue> LastEvaluatedKey(Dictionary<string, AttributeValue> item, IndexSchema? index)
    {
        var key = KeyOf(item);
        if (index is not null)
        {
            key[index.PartitionKey] = AttributeValueCopier.Copy(item[index.PartitionKey]);
            if (index.SortKey is not null)
            {
                key[index.SortKey] = AttributeValueCopier.Copy(item[index.SortKey]);
            }
        }

        return key;
    }

    /// <summary>Returns the attributes an index projects of an item (a copy).</summary>
    public Dictionary<string, AttributeValue> Project(Dictionary<string, AttributeValue> item, IndexSchema? index)
    {
        if (index is null || index.ProjectionType == "ALL")
        {
            return AttributeValueCopier.Copy(item);
        }

        var kept = LastEvaluatedKey(item, index);
        foreach (var name in index.NonKeyAttributes)
        {
            if (item.TryGetValue(name, out var value))
            {
                kept[name] = AttributeValueCopier.Copy(value);
            }
        }

        return kept;
    }

    private ItemPosition TablePosition(Dictionary<string, AttributeValue> key) =>
        new([Value(key, Schema.PartitionKey), Schema.SortKey is null ? null : Value(key, Schema.SortKey)]);

    private bool HasKey(Dictionary<string, AttributeValue> item, string attribute) =>
        item.TryGetValue(attribute, out var value) && AttributeKind.Of(value) == Schema.KeyTypes[attribute];

    private static AttributeValue Value(Dictionary<string, AttributeValue> item, string attribute) =>
        item.TryGetValue(attribute, out var value)
            ? value
            : throw DynamoErrors.Validation("The provided starting key is invalid: The provided key element does not match the schema");
}
