using System.Reflection;

namespace Dynamo.Repositories.Mapping;

/// <summary>What an entity configuration declared, before validation turns it into metadata.</summary>
internal sealed class EntityDefinition(Type entityType)
{
    public Type EntityType { get; } = entityType;

    public string? TableName { get; set; }

    public MemberInfo? PartitionKey { get; set; }

    public MemberInfo? SortKey { get; set; }

    public MemberInfo? Version { get; set; }

    public MemberInfo? TimeToLive { get; set; }

    public Dictionary<string, PropertyDefinition> Properties { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Ignored { get; } = new(StringComparer.Ordinal);

    public List<IndexDefinition> Indexes { get; } = [];

    public Metadata.DomainEventAccessor? DomainEvents { get; set; }
}
