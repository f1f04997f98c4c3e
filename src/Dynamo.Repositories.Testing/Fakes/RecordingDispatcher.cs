namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>The store's default dispatcher: records each event it is handed.</summary>
internal sealed class RecordingDispatcher(List<object> dispatched) : IDomainEventDispatcher
{
    /// <inheritdoc/>
    public Task DispatchAsync(object domainEvent, CancellationToken cancellationToken)
    {
        dispatched.Add(domainEvent);
        return Task.CompletedTask;
    }
}
