using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories.Events;

/// <summary>
/// Reads undelivered records through the sparse index, claims each with a version-checked update (a lease), delivers
/// it, and marks it delivered with a second version-checked update. Each record runs in a scope of its own.
/// </summary>
internal sealed partial class OutboxRelay(
    IServiceScopeFactory scopes, OutboxRecords records, IOptions<DynamoOutboxRelayOptions> options, TimeProvider timeProvider, ILogger<OutboxRelay> logger)
    : IOutboxRelay
{
    /// <inheritdoc/>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var candidates = new List<OutboxRecord>(settings.BatchSize);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var repository = scope.ServiceProvider.GetRequiredService<IDynamoRepository<OutboxRecord>>();
            await foreach (var record in repository.AsAsyncEnumerable(new UndeliveredRecords()).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (record.OccurredAt > now - settings.DeliveryDelay)
                {
                    break; // ids are time-ordered: the rest are younger still
                }

                if (record.LeaseUntil is not { } lease || lease <= now)
                {
                    candidates.Add(record);
                    if (candidates.Count == settings.BatchSize)
                    {
                        break;
                    }
                }
            }
        }

        var delivered = 0;
        foreach (var record in candidates)
        {
            if (await DeliverAsync(record, settings, cancellationToken).ConfigureAwait(false))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private async Task<bool> DeliverAsync(OutboxRecord record, DynamoOutboxRelayOptions settings, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var repository = scope.ServiceProvider.GetRequiredService<IDynamoRepository<OutboxRecord>>();
            record.LeaseUntil = timeProvider.GetUtcNow() + settings.LeaseDuration;
            record.Attempts++;
            try
            {
                await repository.UpdateAsync(record, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                return false; // another relay claimed it (or delivered it) since it was read
            }

            try
            {
                await HandleAsync(scope.ServiceProvider, record, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogDeliveryFailed(logger, exception, record.Id, record.EventType, record.Attempts);
                return false; // the lease expires and a later pass retries
            }

            records.MarkDelivered(record);
            try
            {
                await repository.UpdateAsync(record, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                LogLeaseLost(logger, record.Id);
            }

            return true;
        }
    }

    private static Task HandleAsync(IServiceProvider services, OutboxRecord record, CancellationToken cancellationToken) =>
        services.GetService<IOutboxMessageHandler>() is { } handler
            ? handler.HandleAsync(record.ToMessage(), cancellationToken)
            : DispatchAsync(services, record, cancellationToken);

    private static Task DispatchAsync(IServiceProvider services, OutboxRecord record, CancellationToken cancellationToken)
    {
        var dispatcher = services.GetService<IDomainEventDispatcher>()
            ?? throw new EntityConfigurationException(
                "The outbox relay has neither an IOutboxMessageHandler nor an IDomainEventDispatcher to deliver to; register one of them.", typeof(OutboxRecord));
        var type = Type.GetType(record.EventType, throwOnError: false)
            ?? throw new EntityConfigurationException(
                $"The outbox record {record.Id} holds a {record.EventType}, a type this process cannot load; deliver it with an IOutboxMessageHandler.", typeof(OutboxRecord));
        var domainEvent = System.Text.Json.JsonSerializer.Deserialize(record.Payload, type, OutboxRecords.Json)!;
        return dispatcher.DispatchAsync(domainEvent, cancellationToken);
    }

    [LoggerMessage(10, LogLevel.Warning, "Delivering outbox record {Id} ({EventType}, attempt {Attempts}) failed; it stays undelivered and is retried when its lease expires.")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string id, string eventType, int attempts);

    [LoggerMessage(11, LogLevel.Warning, "Outbox record {Id} was delivered, but its lease had passed to another relay, which may deliver it again (at least once).")]
    private static partial void LogLeaseLost(ILogger logger, string id);
}
