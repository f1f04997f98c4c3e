namespace Dynamo.Repositories;

/// <summary>
/// Hands a domain event to the application's handlers, after the commit that saved the entity raising it succeeded.
/// Shaped for MediatR and Mediator: <c>mediator.Publish(domainEvent, cancellationToken)</c> is a complete implementation.
/// </summary>
/// <remarks>
/// Events are dispatched once per successful commit, in staging order (the order of the entities in the unit of work,
/// then the order each entity raised them), and then cleared from the entities. After a failed commit nothing is
/// dispatched and the events stay on the entities. A dispatcher that throws never turns the committed writes into a
/// reported failure: the error is logged, and with the outbox on the event's record stays undelivered for the relay.
/// </remarks>
public interface IDomainEventDispatcher
{
    /// <summary>Dispatches one domain event.</summary>
    /// <param name="domainEvent">The event, as the entity raised it.</param>
    /// <param name="cancellationToken">The token of the commit (or of the relay).</param>
    /// <returns>A task that completes when the handlers have run.</returns>
    Task DispatchAsync(object domainEvent, CancellationToken cancellationToken);
}
