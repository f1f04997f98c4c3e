namespace Dynamo.Repositories.Events;

/// <summary>
/// One domain event in the outbox table, written in the same TransactWriteItems as the entity that raised it. While
/// undelivered it carries <see cref="Undelivered"/>, the partition key of the sparse index the relay reads; delivery
/// removes it and sets <see cref="ExpiresAt"/>, the table's TTL. Mapped by <see cref="OutboxRecordConfiguration"/>.
/// </summary>
internal sealed class OutboxRecord
{
    /// <summary>The value of <see cref="Undelivered"/> on every undelivered record (one partition of the sparse index).</summary>
    public const string Pending = "pending";

    /// <summary>The name of the sparse index of undelivered records.</summary>
    public const string UndeliveredIndex = "Undelivered";

    public string Id { get; set; } = string.Empty;

    public string EventType { get; set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; set; }

    public string EntityType { get; set; } = string.Empty;

    public string EntityKey { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public string? Undelivered { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public long Version { get; set; }

    /// <summary>The message handed to an <see cref="IOutboxMessageHandler"/>.</summary>
    public OutboxMessage ToMessage() => new(Id, EventType, OccurredAt, EntityType, EntityKey, Payload, Attempts);
}
