using System.Runtime.ExceptionServices;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitOfWork;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories;

/// <summary>The commit: limits checked before sending, one request per attempt, bounded jittered retries, typed failures.</summary>
internal sealed partial class DynamoUnitOfWork
{
    private async Task<int> CommitStagedAsync(CancellationToken cancellationToken)
    {
        var staged = _staged.ToArray();
        var actions = CommitPlanner.Prepare(staged);
        var single = actions.Length == 1 && actions[0].Type != WriteActionType.ConditionCheck;
        var transaction = single ? null : TransactionOf(actions);

        // The first attempt is awaited here (no retry delegate, no extra async layer); only a failure takes the retry path.
        try
        {
            await (single ? SendSingleOnceAsync(actions[0], cancellationToken) : _client.TransactWriteItemsAsync(transaction, cancellationToken)).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            await (single
                ? RetrySingleAsync(actions[0], exception, cancellationToken)
                : RetryTransactionAsync(transaction!, actions, exception, cancellationToken)).ConfigureAwait(false);
        }

        foreach (var action in actions)
        {
            action.Source.Complete(action);
        }

        if (StillExactly(staged))
        {
            // Nothing was staged while the commit was in flight: every staged write (and entity) is done.
            _staged.Clear();
            _byEntity.Clear();
            return actions.Length;
        }

        foreach (var write in staged)
        {
            _staged.Remove(write);
            if (write.Entity is { } entity && _byEntity.TryGetValue(entity, out var current) && ReferenceEquals(current, write))
            {
                _byEntity.Remove(entity);
            }
        }

        return actions.Length;
    }

    private Task SendSingleOnceAsync(WriteAction action, CancellationToken cancellationToken) => action.Type switch
    {
        WriteActionType.Put => _client.PutItemAsync(action.ToPutItemRequest(), cancellationToken),
        WriteActionType.Update => _client.UpdateItemAsync(action.ToUpdateItemRequest(), cancellationToken),
        _ => _client.DeleteItemAsync(action.ToDeleteItemRequest(), cancellationToken),
    };

    private async Task RetrySingleAsync(WriteAction action, Exception failure, CancellationToken cancellationToken)
    {
        var ambiguous = false;
        try
        {
            await RetryAfterAsync(
                failure,
                token => SendSingleOnceAsync(action, token),
                exception => ambiguous |= RetryPolicy.IsAmbiguous(exception),
                1,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken) && CommitFailureMapper.Map(exception, [action], ambiguous) is { } mapped)
        {
            throw mapped;
        }
    }

    private static TransactWriteItemsRequest TransactionOf(WriteAction[] actions)
    {
        // The token belongs to this commit and is reused by every retry, so a retried commit is applied at most once.
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

    private async Task RetryTransactionAsync(TransactWriteItemsRequest request, WriteAction[] actions, Exception failure, CancellationToken cancellationToken)
    {
        try
        {
            await RetryAfterAsync(failure, token => _client.TransactWriteItemsAsync(request, token), static _ => { }, actions.Length, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken) && CommitFailureMapper.Map(exception, actions) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <summary>
    /// Retries after the first attempt failed with <paramref name="failure"/>: up to CommitRetryAttempts more attempts,
    /// each after a jittered backoff, only while the failure is safe to retry. Rethrows the last failure.
    /// </summary>
    private async Task RetryAfterAsync(Exception failure, Func<CancellationToken, Task> send, Action<Exception> onRetry, int writeCount, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (attempt >= _options.CommitRetryAttempts || !RetryPolicy.IsRetryable(failure, cancellationToken))
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            onRetry(failure);
            var delay = RetryPolicy.Backoff(attempt, _options.RetryBaseDelay);
            _logger.LogWarning(
                "A commit of {WriteCount} staged write(s) failed with {ErrorType}; retry {Retry} of {MaxRetries} in {DelayMs} ms.",
                writeCount,
                failure.GetType().Name,
                attempt + 1,
                _options.CommitRetryAttempts,
                (long)delay.TotalMilliseconds);
            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            try
            {
                await send(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }
    }

    private bool StillExactly(StagedWrite[] staged)
    {
        if (_staged.Count != staged.Length)
        {
            return false;
        }

        for (var i = 0; i < staged.Length; i++)
        {
            if (!ReferenceEquals(_staged[i], staged[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
}
