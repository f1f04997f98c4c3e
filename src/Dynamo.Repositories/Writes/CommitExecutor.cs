using System.Runtime.ExceptionServices;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Resilience;
using Dynamo.Repositories.Telemetry;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// Commits staged writes: prepare (limits checked before sending) → send through the executor (one conditional
/// request, or one TransactWriteItems with its own ClientRequestToken) → retry what the library owns (transaction
/// conflicts, same token) → map failures to typed exceptions → complete (bump versions) on success.
/// </summary>
/// <param name="executor">The executor the requests go through.</param>
/// <param name="retry">The retry strategy (budget and backoff) for transaction conflicts.</param>
/// <param name="logger">Logs each retry.</param>
internal sealed class CommitExecutor(IDynamoExecutor executor, RetryStrategy retry, ILogger logger)
{
    /// <summary>
    /// Commits what the tracker holds now, completes the writes and makes the tracker forget them; returns the number of
    /// actions sent. On failure the tracker keeps every staged write.
    /// </summary>
    public Task<int> CommitAsync(ChangeTracker tracker, CancellationToken cancellationToken)
    {
        // Nothing listening: the commit runs as it would without telemetry, with no extra async layer.
        var operation = CommitTelemetry.Start(executor);
        return operation is null ? CommitCoreAsync(tracker, null, cancellationToken) : CommitObservedAsync(tracker, operation, cancellationToken);
    }

    private async Task<int> CommitObservedAsync(ChangeTracker tracker, DynamoOperation operation, CancellationToken cancellationToken)
    {
        try
        {
            operation.Enter();
            var count = await CommitCoreAsync(tracker, operation, cancellationToken).ConfigureAwait(false);
            operation.Complete();
            return count;
        }
        catch (Exception exception) when (DynamoOperation.Failed(operation, exception))
        {
            throw;
        }
    }

    private async Task<int> CommitCoreAsync(ChangeTracker tracker, DynamoOperation? operation, CancellationToken cancellationToken)
    {
        // For an executor that writes request bodies itself, the entities are prepared as JSON into one pooled buffer,
        // returned when the commit ends (the bodies are written from it before the first send).
        using var json = executor.PreparesEntityJson ? new CommitJson() : null;

        // Prepared before the first await: the actions (each with its Source) are the snapshot of what this commit writes.
        var actions = CommitPlanner.Prepare(tracker.Staged, json);
        var single = actions.Length == 1 && actions[0].Type != WriteActionType.ConditionCheck;

        // The token belongs to this commit and is reused by every retry (the SDK's and the library's), so a retried
        // commit is applied at most once.
        var token = single ? null : Guid.NewGuid().ToString("N");
        CommitTelemetry.Prepared(operation, actions, single);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await (token is null ? SendSingleAsync(actions[0], cancellationToken) : executor.TransactWriteEntitiesAsync(actions, token, null, cancellationToken))
                    .ConfigureAwait(false);
                break;
            }
            catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                if (FailureClassifier.IsConflict(exception, cancellationToken) && retry.CanRetry(attempt))
                {
                    operation?.Retrying(exception);
                    await WaitAsync(exception, attempt, actions.Length, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (CommitFailureMapper.Map(exception, actions) is { } mapped)
                {
                    throw mapped;
                }

                ExceptionDispatchInfo.Throw(exception);
            }
        }

        foreach (var action in actions)
        {
            action.Source.Complete(action);
        }

        tracker.Forget(actions);
        return actions.Length;
    }

    private Task SendSingleAsync(WriteAction action, CancellationToken cancellationToken) => action.Type switch
    {
        WriteActionType.Put => executor.PutEntityAsync(action, null, cancellationToken),
        WriteActionType.Update => executor.UpdateEntityAsync(action, null, cancellationToken),
        _ => executor.DeleteEntityAsync(action, null, cancellationToken),
    };

    private Task WaitAsync(Exception failure, int attempt, int writeCount, CancellationToken cancellationToken)
    {
        WritesLog.CommitRetrying(logger, writeCount, failure.GetType().Name, attempt + 1, retry.MaxRetries);
        return retry.WaitAsync(attempt, cancellationToken);
    }
}
