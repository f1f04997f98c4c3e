using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories.Events;

// After the commit: never turns a committed write into a failure; a failed commit keeps the events on the entities.
internal sealed partial class CommitHooks
{
    /// <summary>
    /// After a successful commit: the interceptors' AfterCommitAsync, then the events cleared from their entities and
    /// dispatched in staging order; with the outbox, the records of the events dispatched are marked delivered. Every
    /// failure here is logged, never thrown: the commit is done.
    /// </summary>
    public async Task CommittedAsync(CommitRun run, CancellationToken cancellationToken)
    {
        foreach (var interceptor in _interceptors!)
        {
            try
            {
                await interceptor.AfterCommitAsync(run.Context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                LogInterceptorFailed(logger, exception, interceptor.GetType().Name, "AfterCommitAsync");
            }
        }

        if (run.Events.Count == 0)
        {
            return;
        }

        foreach (var entity in run.Events.Select(e => e.Entity).Distinct(ReferenceEqualityComparer.Instance))
        {
            run.Events.First(e => ReferenceEquals(e.Entity, entity)).Metadata.DomainEvents!.Clear(entity!);
        }

        var delivered = new List<OutboxRecord>(run.Records.Count);
        var dispatcher = services.GetService<IDomainEventDispatcher>();
        for (var i = 0; i < run.Events.Count && dispatcher is not null; i++)
        {
            try
            {
                await dispatcher.DispatchAsync(run.Events[i].Event, cancellationToken).ConfigureAwait(false);
                if (run.Records.Count > 0)
                {
                    delivered.Add(run.Records[i]);
                }
            }
            catch (Exception exception)
            {
                LogDispatchFailed(logger, exception, run.Events[i].Event.GetType().Name, run.Events[i].Metadata.DisplayName, run.Events[i].Key, run.Records.Count > 0);
            }
        }

        if (delivered.Count > 0)
        {
            await MarkDeliveredAsync(delivered, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>After a failed commit: the outbox records are unstaged (the events stay on their entities), then the interceptors' CommitFailedAsync.</summary>
    public async Task FailedAsync(CommitRun run, Exception failure, CancellationToken cancellationToken)
    {
        if (run.Records.Count > 0)
        {
            var repository = services.GetRequiredService<IDynamoRepository<OutboxRecord>>();
            foreach (var record in run.Records)
            {
                repository.Delete(record); // a staged Add then Delete of one instance cancels out
            }
        }

        foreach (var interceptor in _interceptors!)
        {
            try
            {
                await interceptor.CommitFailedAsync(run.Context, failure, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                LogInterceptorFailed(logger, exception, interceptor.GetType().Name, "CommitFailedAsync");
            }
        }
    }

    /// <summary>Names the outbox records in a limit error: they count like any write.</summary>
    public static Exception Explain(CommitRun run, Exception failure) =>
        failure is TransactionLimitException limit && run.Records.Count > 0
            ? new TransactionLimitException(
                $"{limit.Message} {run.Records.Count} of the {limit.ActionCount} actions are outbox records of domain events " +
                $"({limit.ActionCount - run.Records.Count} staged writes + {run.Records.Count} events); they count towards DynamoDB's limits like any write. " +
                "Commit fewer entities per unit of work or raise fewer events.",
                limit.ActionCount,
                limit.EstimatedSizeBytes)
            : failure;

    private async Task MarkDeliveredAsync(List<OutboxRecord> records, CancellationToken cancellationToken)
    {
        try
        {
            // Another scope: the application's unit of work is left as the commit left it.
            var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var repository = scope.ServiceProvider.GetRequiredService<IDynamoRepository<OutboxRecord>>();
                foreach (var record in records)
                {
                    _outbox!.MarkDelivered(record);
                    repository.Update(record);
                }

                await repository.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            LogMarkFailed(logger, exception, records.Count);
        }
    }

    [LoggerMessage(1, LogLevel.Error, "Commit interceptor {Interceptor}.{Method} failed after the commit; the commit's outcome stands.")]
    private static partial void LogInterceptorFailed(ILogger logger, Exception exception, string interceptor, string method);

    [LoggerMessage(2, LogLevel.Error, "Dispatching {EventType} raised by {EntityType} {Key} failed after its commit succeeded; the commit stands. Outbox record kept for the relay: {InOutbox}.")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string eventType, string entityType, string key, bool inOutbox);

    [LoggerMessage(3, LogLevel.Warning, "Marking {Count} outbox record(s) delivered after dispatch failed; the relay will deliver them again (at least once).")]
    private static partial void LogMarkFailed(ILogger logger, Exception exception, int count);
}
