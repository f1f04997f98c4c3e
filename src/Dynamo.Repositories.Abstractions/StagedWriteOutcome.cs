namespace Dynamo.Repositories;

/// <summary>The outcome of one staged write in a failed commit: which entity and key, and whether it was at fault.</summary>
public sealed class StagedWriteOutcome
{
    /// <summary>Initializes a new instance of the <see cref="StagedWriteOutcome"/> class.</summary>
    /// <param name="entityType">The entity type of the staged write.</param>
    /// <param name="key">A description of the key, such as <c>(customer-1, order-7)</c>.</param>
    /// <param name="kind">What the staged write does.</param>
    /// <param name="status">Whether the write caused the failure.</param>
    /// <param name="reason">DynamoDB's reason code for this write (such as <c>ConditionalCheckFailed</c>), or <see langword="null"/>.</param>
    public StagedWriteOutcome(Type entityType, string key, StagedWriteKind kind, StagedWriteStatus status, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(key);
        EntityType = entityType;
        Key = key;
        Kind = kind;
        Status = status;
        Reason = reason;
    }

    /// <summary>Gets the entity type of the staged write.</summary>
    public Type EntityType { get; }

    /// <summary>Gets a description of the key of the staged write.</summary>
    public string Key { get; }

    /// <summary>Gets what the staged write does.</summary>
    public StagedWriteKind Kind { get; }

    /// <summary>Gets whether the write caused the failure or was not at fault.</summary>
    public StagedWriteStatus Status { get; }

    /// <summary>Gets DynamoDB's reason code for this write, or <see langword="null"/> when DynamoDB gave none.</summary>
    public string? Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {EntityType.Name} {Key}: {Status}{(Reason is null ? string.Empty : " (" + Reason + ")")}";
}
