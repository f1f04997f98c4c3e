namespace Dynamo.Repositories.Metadata;

/// <summary>Everything the library knows about a mapped entity type, built once at start-up.</summary>
internal abstract class EntityMetadata(
    Type clrType,
    IReadOnlyList<PropertyMetadata> properties,
    string tableName,
    PropertyMetadata partitionKey,
    PropertyMetadata? sortKey,
    PropertyMetadata? version,
    PropertyMetadata? timeToLive,
    IReadOnlyList<IndexMetadata> indexes)
    : ObjectMetadata(clrType, properties)
{
    /// <summary>Gets the logical table name (the physical name adds the options' prefix and suffix).</summary>
    public string TableName { get; } = tableName;

    /// <summary>Gets the partition key property.</summary>
    public PropertyMetadata PartitionKey { get; } = partitionKey;

    /// <summary>Gets the sort key property, or null.</summary>
    public PropertyMetadata? SortKey { get; } = sortKey;

    /// <summary>Gets the version property used for optimistic concurrency, or null.</summary>
    public PropertyMetadata? Version { get; } = version;

    /// <summary>Gets the time-to-live property (stored as epoch seconds), or null.</summary>
    public PropertyMetadata? TimeToLive { get; } = timeToLive;

    /// <summary>Gets the secondary indexes.</summary>
    public IReadOnlyList<IndexMetadata> Indexes { get; } = indexes;

    /// <summary>Gets where the entity keeps its domain events, or null when the model declares none for it.</summary>
    public DomainEventAccessor? DomainEvents { get; internal set; }

    /// <summary>Gets the key members generated when the entity is added (HasValueGenerator, ValueGeneratedOnAdd).</summary>
    public IReadOnlyList<GeneratedKey> GeneratedKeys { get; init; } = [];

    /// <summary>Gets the entity's display name for messages.</summary>
    public string DisplayName => ClrType.Name;
}
