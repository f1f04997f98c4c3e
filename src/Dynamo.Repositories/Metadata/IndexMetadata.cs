namespace Dynamo.Repositories.Metadata;

/// <summary>A global or local secondary index of an entity's table (projection: all attributes).</summary>
internal sealed class IndexMetadata(string name, bool isGlobal, PropertyMetadata partitionKey, PropertyMetadata? sortKey)
{
    /// <summary>Gets the index name.</summary>
    public string Name { get; } = name;

    /// <summary>Gets a value indicating whether this is a global secondary index (false: local).</summary>
    public bool IsGlobal { get; } = isGlobal;

    /// <summary>Gets the index partition key (for a local index, the table's partition key).</summary>
    public PropertyMetadata PartitionKey { get; } = partitionKey;

    /// <summary>Gets the index sort key, or null.</summary>
    public PropertyMetadata? SortKey { get; } = sortKey;
}
