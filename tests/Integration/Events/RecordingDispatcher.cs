using System.Collections.Concurrent;

namespace Dynamo.Repositories.IntegrationTests.Events;

/// <summary>The application's dispatcher in the tests: records what it is handed; can be told to throw or to block.</summary>
public sealed class EventLog
{
    public ConcurrentQueue<object> Dispatched { get; } = new();

    public ConcurrentDictionary<string, int> DeliveredIds { get; } = new(StringComparer.Ordinal);

    public bool Throw { get; set; }

    public TaskCompletionSource? Gate { get; set; }

    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

public sealed class RecordingDispatcher(EventLog log) : IDomainEventDispatcher
{
    public async Task DispatchAsync(object domainEvent, CancellationToken cancellationToken)
    {
        if (log.Gate is { } gate)
        {
            log.Reached.TrySetResult();
            await gate.Task;
        }

        if (log.Throw)
        {
            throw new InvalidOperationException("handler down");
        }

        log.Dispatched.Enqueue(domainEvent);
    }
}

/// <summary>Counts deliveries per event id (the relay's handler in the race test).</summary>
public sealed class CountingHandler(EventLog log) : IOutboxMessageHandler
{
    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        log.DeliveredIds.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
