using Dynamo.Repositories.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>
/// What the production commit hooks and outbox relay resolve, served by the store: its dispatcher, message handler,
/// interceptors, outbox and the outbox repository of this scope. The root scope is the store's own context; the
/// scopes it creates (the relay's, the hooks' marking of delivered records) get a unit of work of their own.
/// </summary>
internal sealed class StoreServices : IServiceProvider, IServiceScope, IServiceScopeFactory
{
    private readonly InMemoryDynamoStore _store;
    private readonly DynamoContext? _context;
    private DynamoRepository<OutboxRecord>? _outboxRepository;

    /// <summary>Initializes a new instance of the <see cref="StoreServices"/> class for the store's own scope.</summary>
    public StoreServices(InMemoryDynamoStore store) => _store = store;

    private StoreServices(InMemoryDynamoStore store, bool child)
    {
        _store = store;
        _context = child ? store.CreateContext(this) : null;
    }

    /// <inheritdoc/>
    public IServiceProvider ServiceProvider => this;

    /// <inheritdoc/>
    public object? GetService(Type serviceType) =>
        serviceType == typeof(IDomainEventDispatcher) ? _store.DomainEventDispatcher
        : serviceType == typeof(IOutboxMessageHandler) ? _store.OutboxMessageHandler
        : serviceType == typeof(IEnumerable<ICommitInterceptor>) ? _store.CommitInterceptors.ToArray()
        : serviceType == typeof(OutboxRecords) ? _store.OutboxRecords
        : serviceType == typeof(IDynamoRepository<OutboxRecord>) ? OutboxRepository()
        : serviceType == typeof(IServiceScopeFactory) ? this
        : null;

    /// <inheritdoc/>
    public IServiceScope CreateScope() => new StoreServices(_store, child: true);

    /// <inheritdoc/>
    public void Dispose() => _context?.UnitOfWorkCore.Dispose();

    private DynamoRepository<OutboxRecord> OutboxRepository() =>
        _context is null ? _store.Repository<OutboxRecord>() : _outboxRepository ??= new DynamoRepository<OutboxRecord>(_context);
}
