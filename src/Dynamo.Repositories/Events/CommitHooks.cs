using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Writes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories.Events;

/// <summary>
/// What runs around a commit of the scope's unit of work: the application's <see cref="ICommitInterceptor"/>s, the
/// domain events of the staged entities (read before the commit is prepared, dispatched after it succeeded) and, with
/// the outbox on, their outbox records staged into the same commit. Scoped; resolves its services lazily from the
/// scope, so interceptors may depend on repositories.
/// </summary>
internal sealed partial class CommitHooks(IServiceProvider services, EntityModel model, ILogger<CommitHooks> logger)
{
    private readonly bool _anyEvents = model.Entities.Any(e => e.DomainEvents is not null);
    private readonly OutboxRecords? _outbox = services.GetService<OutboxRecords>();
    private ICommitInterceptor[]? _interceptors;

    /// <summary>Gets a value indicating whether no interceptor is registered and no entity has domain events: nothing runs around a commit.</summary>
    public bool Idle => Interceptors.Length == 0 && !_anyEvents;

    private ICommitInterceptor[] Interceptors => _interceptors ??= [.. services.GetServices<ICommitInterceptor>()];

    /// <summary>
    /// Runs the interceptors' BeforeCommitAsync, then reads the domain events and stages their outbox records. Returns
    /// null (nothing to do after the commit) when no interceptor is registered and no entity has domain events.
    /// </summary>
    public async Task<CommitRun?> BeforeAsync(IUnitOfWork unitOfWork, IReadOnlyList<StagedWrite> staged, CancellationToken cancellationToken)
    {
        if (Idle || staged.All(w => w.Entity is OutboxRecord))
        {
            return null;
        }

        foreach (var interceptor in Interceptors)
        {
            await interceptor.BeforeCommitAsync(new CommitContext(unitOfWork, Entries(staged)), cancellationToken).ConfigureAwait(false);
        }

        var events = Raised(staged);
        if (events.Count > 0 && _outbox is null && services.GetService<IDomainEventDispatcher>() is null)
        {
            throw new EntityConfigurationException(
                $"{events[0].Metadata.DisplayName} raised {events[0].Event.GetType().Name}, but no IDomainEventDispatcher is registered and the outbox is off, " +
                "so the event would be lost. Register a dispatcher (services.AddScoped<IDomainEventDispatcher, MyDispatcher>()) or call AddDynamoOutbox().",
                events[0].Metadata.ClrType);
        }

        var records = _outbox is null || events.Count == 0 ? [] : StageRecords(events);
        return new CommitRun(new CommitContext(unitOfWork, Entries(staged)), events, records);
    }

    private static List<RaisedEvent> Raised(IReadOnlyList<StagedWrite> staged)
    {
        var events = new List<RaisedEvent>();
        foreach (var write in staged)
        {
            if (write.Entity is { } entity && write.Metadata.DomainEvents is { } accessor && write.Kind != StagedWriteKind.Check)
            {
                var key = write.DescribeKey();
                foreach (var domainEvent in accessor.Read(entity))
                {
                    events.Add(new RaisedEvent(domainEvent, entity, write.Metadata, key));
                }
            }
        }

        return events;
    }

    private List<OutboxRecord> StageRecords(List<RaisedEvent> events)
    {
        var repository = services.GetRequiredService<IDynamoRepository<OutboxRecord>>();
        var now = _outbox!.Now;
        var commitId = Guid.CreateVersion7(now);
        var records = new List<OutboxRecord>(events.Count);
        foreach (var raised in events)
        {
            var record = OutboxRecords.Create(raised, commitId, records.Count, now);
            repository.Add(record);
            records.Add(record);
        }

        return records;
    }

    // The outbox's own records are the library's business, not the application's: interceptors do not see them.
    private static List<CommitEntry> Entries(IReadOnlyList<StagedWrite> staged) =>
        [.. staged.Where(w => w.Entity is not OutboxRecord).Select(w => new CommitEntry(w.Metadata.ClrType, w.Kind, w.DescribeKey(), w.Entity))];
}
