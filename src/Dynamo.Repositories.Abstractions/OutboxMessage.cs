namespace Dynamo.Repositories;

/// <summary>
/// A domain event as the outbox stores it, handed to an <see cref="IOutboxMessageHandler"/> by the relay. Delivery is at
/// least once: use <see cref="Id"/> to deduplicate.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Initializes a new instance of the <see cref="OutboxMessage"/> class.</summary>
    /// <param name="id">The event id: the commit's version 7 GUID and the event's position in the commit (<c>0193…-00</c>), unique per event, ordered by commit time then staging order.</param>
    /// <param name="eventType">The event's .NET type, as <c>Namespace.Type, Assembly</c>.</param>
    /// <param name="occurredAt">When the commit that wrote the event was prepared.</param>
    /// <param name="entityType">The name of the entity type that raised the event.</param>
    /// <param name="entityKey">The key of the entity that raised the event, e.g. <c>(customer-1, order-7)</c>.</param>
    /// <param name="payload">The event serialized with System.Text.Json (web defaults).</param>
    /// <param name="attempts">How many times a relay has claimed the record, this delivery included.</param>
    public OutboxMessage(string id, string eventType, DateTimeOffset occurredAt, string entityType, string entityKey, string payload, int attempts)
    {
        Id = id;
        EventType = eventType;
        OccurredAt = occurredAt;
        EntityType = entityType;
        EntityKey = entityKey;
        Payload = payload;
        Attempts = attempts;
    }

    /// <summary>Gets the event id.</summary>
    public string Id { get; }

    /// <summary>Gets the event's .NET type, as <c>Namespace.Type, Assembly</c>.</summary>
    public string EventType { get; }

    /// <summary>Gets when the commit that wrote the event was prepared.</summary>
    public DateTimeOffset OccurredAt { get; }

    /// <summary>Gets the name of the entity type that raised the event.</summary>
    public string EntityType { get; }

    /// <summary>Gets the key of the entity that raised the event.</summary>
    public string EntityKey { get; }

    /// <summary>Gets the event serialized as JSON.</summary>
    public string Payload { get; }

    /// <summary>Gets how many times a relay has claimed the record, this delivery included.</summary>
    public int Attempts { get; }
}
