namespace Dynamo.Repositories;

/// <summary>
/// Delivers the outbox records the relay reads. Optional: without one, the relay deserializes each event to its .NET
/// type and hands it to the <see cref="IDomainEventDispatcher"/>. Register one to publish to a broker instead.
/// </summary>
public interface IOutboxMessageHandler
{
    /// <summary>Delivers one message; an exception leaves the record undelivered, to be retried when its lease expires.</summary>
    /// <param name="message">The stored event.</param>
    /// <param name="cancellationToken">The relay's token.</param>
    /// <returns>A task that completes when the message is delivered.</returns>
    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
