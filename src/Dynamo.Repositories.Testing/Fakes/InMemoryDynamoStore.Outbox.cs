using Dynamo.Repositories.Events;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>The transactional outbox of the store: the production records, hooks and relay over the in-memory outbox table.</summary>
public sealed partial class InMemoryDynamoStore
{
    private string? _outboxTable;

    /// <summary>
    /// Gets or sets the handler the outbox relay (<see cref="DeliverOutboxAsync"/>) delivers to, as a registered
    /// <see cref="IOutboxMessageHandler"/> does in DI; when null, the relay hands each event to <see cref="DomainEventDispatcher"/>.
    /// </summary>
    public IOutboxMessageHandler? OutboxMessageHandler { get; set; }

    /// <summary>Gets every record of the outbox table, delivered or not, in id order (commit time, then staging order).</summary>
    /// <exception cref="InvalidOperationException"><see cref="UseOutbox"/> was not called.</exception>
    public IReadOnlyList<OutboxMessage> Outbox => [.. StoredRecords().Select(r => r.ToMessage())];

    /// <summary>Gets the records not yet delivered (those in the sparse index the relay reads), in id order.</summary>
    /// <exception cref="InvalidOperationException"><see cref="UseOutbox"/> was not called.</exception>
    public IReadOnlyList<OutboxMessage> UndeliveredOutbox => [.. StoredRecords().Where(r => r.Undelivered is not null).Select(r => r.ToMessage())];

    /// <summary>Gets the outbox's record factory, or null while the outbox is off.</summary>
    internal OutboxRecords? OutboxRecords { get; private set; }

    /// <summary>
    /// Turns the transactional outbox on, as <c>AddDynamoOutbox()</c> does: the outbox table joins the model, and every
    /// domain event of a committed entity is also written as an outbox record in the same TransactWriteItems (counted in
    /// the 100-action and 4 MB limits). After the commit, the events dispatched are marked delivered; the others stay
    /// for <see cref="DeliverOutboxAsync"/>. Call it right after the constructor.
    /// </summary>
    /// <param name="configure">Sets the outbox options (table name, retention), or null for the defaults.</param>
    /// <returns>This store, for chaining: <c>new InMemoryDynamoStore(configurations).UseOutbox()</c>.</returns>
    /// <exception cref="InvalidOperationException">The outbox is already on, or a repository or commit already used the store.</exception>
    public InMemoryDynamoStore UseOutbox(Action<DynamoOutboxOptions>? configure = null)
    {
        if (OutboxRecords is not null || _repositories.Count > 0 || _committed.Count > 0 || Context.UnitOfWork.PendingCount > 0)
        {
            throw new InvalidOperationException(
                "Call UseOutbox once, right after the InMemoryDynamoStore constructor and before Repository<T>() or a commit: the outbox table joins the model.");
        }

        var options = new DynamoOutboxOptions();
        configure?.Invoke(options);
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        OutboxRecords = new OutboxRecords(wrapped, TimeProvider.System);
        (Model, Context) = Build([.. _configurations, new OutboxRecordConfiguration(wrapped)]);
        _outboxTable = _tableNames.Resolve(Metadata<OutboxRecord>());
        return this;
    }

    /// <summary>
    /// Runs one pass of the production outbox relay (<see cref="IOutboxRelay.DeliverPendingAsync"/>) over this store: reads
    /// the undelivered records through the sparse index, claims each with a conditional update, delivers it to
    /// <see cref="OutboxMessageHandler"/> (or the <see cref="DomainEventDispatcher"/>) and marks it delivered.
    /// </summary>
    /// <param name="options">The relay options; null for the defaults with no <see cref="DynamoOutboxRelayOptions.DeliveryDelay"/>, so fresh records are delivered.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>The number of records delivered.</returns>
    /// <exception cref="InvalidOperationException"><see cref="UseOutbox"/> was not called.</exception>
    public Task<int> DeliverOutboxAsync(DynamoOutboxRelayOptions? options = null, CancellationToken cancellationToken = default)
    {
        var records = OutboxRecords ?? throw OutboxOff();
        var relay = new OutboxRelay(
            new StoreServices(this),
            records,
            Microsoft.Extensions.Options.Options.Create(options ?? new DynamoOutboxRelayOptions { DeliveryDelay = TimeSpan.Zero }),
            TimeProvider.System,
            NullLogger<OutboxRelay>.Instance);
        return relay.DeliverPendingAsync(cancellationToken);
    }

    private static InvalidOperationException OutboxOff() =>
        new("The outbox of this InMemoryDynamoStore is off: call store.UseOutbox() right after the constructor.");

    private IEnumerable<OutboxRecord> StoredRecords()
    {
        var table = _outboxTable ?? throw OutboxOff();
        var metadata = Metadata<OutboxRecord>();
        return Executor.Items(table).Select(item => metadata.FromItem(item)).OrderBy(r => r.Id, StringComparer.Ordinal);
    }
}
