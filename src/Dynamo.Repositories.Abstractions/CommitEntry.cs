namespace Dynamo.Repositories;

/// <summary>One staged write or condition check of a commit.</summary>
public sealed class CommitEntry
{
    /// <summary>Initializes a new instance of the <see cref="CommitEntry"/> class.</summary>
    /// <param name="entityType">The entity type.</param>
    /// <param name="kind">What the write does.</param>
    /// <param name="key">A description of the item's key, e.g. <c>(customer-1, order-7)</c>.</param>
    /// <param name="entity">The entity instance, or <see langword="null"/> for a condition check.</param>
    public CommitEntry(Type entityType, StagedWriteKind kind, string key, object? entity)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(key);
        EntityType = entityType;
        Kind = kind;
        Key = key;
        Entity = entity;
    }

    /// <summary>Gets the entity type.</summary>
    public Type EntityType { get; }

    /// <summary>Gets what the write does.</summary>
    public StagedWriteKind Kind { get; }

    /// <summary>Gets a description of the item's key.</summary>
    public string Key { get; }

    /// <summary>Gets the entity instance, or <see langword="null"/> for a condition check.</summary>
    public object? Entity { get; }
}
