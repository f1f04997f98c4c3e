using Dynamo.Repositories;

namespace Ordering;

/// <summary>The sample's domain event dispatcher: prints each event it is handed; can be switched off to show the relay.</summary>
internal sealed class ConsoleEventDispatcher(DispatcherSwitch dispatcherSwitch) : IDomainEventDispatcher
{
    public Task DispatchAsync(object domainEvent, CancellationToken cancellationToken)
    {
        if (dispatcherSwitch.Down)
        {
            throw new InvalidOperationException("The event handlers are down.");
        }

        dispatcherSwitch.Output.WriteLine($"  dispatched {domainEvent}");
        return Task.CompletedTask;
    }
}
