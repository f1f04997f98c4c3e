namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>What the production commit hooks resolve, served by the store: its dispatcher and its interceptors (no outbox).</summary>
internal sealed class StoreServices(InMemoryDynamoStore store) : IServiceProvider
{
    /// <inheritdoc/>
    public object? GetService(Type serviceType) =>
        serviceType == typeof(IDomainEventDispatcher) ? store.DomainEventDispatcher
        : serviceType == typeof(IEnumerable<ICommitInterceptor>) ? store.CommitInterceptors.ToArray()
        : null;
}
