using System.Runtime.ExceptionServices;
using Amazon.DynamoDBv2.Model;
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
        // Prepared before the first await: the actions (each with its Source) are the snapshot of what this commit writes.
        var actions = CommitPlanner.Prepare(tracker.Staged);
        var single = actions.Length == 1 && actions[0].Type != WriteActionType.ConditionCheck;
        var transaction = single ? null : TransactionOf(actions);
        CommitTelemetry.Prepared(operation, actions, single);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await (transaction is null ? SendSingleAsync(actions[0], cancellationToken) : executor.TransactWriteItemsAsync(transaction, cancellationToken))
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

    private static TransactWriteItemsRequest TransactionOf(WriteAction[] actions)
    {
        // The token belongs to this commit and is reused by every retry (the SDK's and the library's), so a retried
        // commit is applied at most once.
        var request = new TransactWriteItemsRequest
        {
            ClientRequestToken = Guid.NewGuid().ToString("N"),
            TransactItems = new List<TransactWriteItem>(actions.Length),
        };
        foreach (var action in actions)
        {
            request.TransactItems.Add(action.ToTransactItem());
        }

        return request;
    }

    private Task SendSingleAsync(WriteAction action, CancellationToken cancellationToken) => action.Type switch
    {
        WriteActionType.Put => executor.PutItemAsync(action.ToPutItemRequest(), cancellationToken),
        WriteActionType.Update => executor.UpdateItemAsync(action.ToUpdateItemRequest(), cancellationToken),
        _ => executor.DeleteItemAsync(action.ToDeleteItemRequest(), cancellationToken),
    };

    private Task WaitAsync(Exception failure, int attempt, int writeCount, CancellationToken cancellationToken)
    {
        WritesLog.CommitRetrying(logger, writeCount, failure.GetType().Name, attempt + 1, retry.MaxRetries);
        return retry.WaitAsync(attempt, cancellationToken);
    }
}
