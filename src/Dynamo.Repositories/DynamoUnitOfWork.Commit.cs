using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitOfWork;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories;

/// <summary>The commit: limits checked before sending, one request per attempt, bounded jittered retries, typed failures.</summary>
internal sealed partial class DynamoUnitOfWork
{
    /// <inheritdoc/>
    public async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_staged.Count == 0)
        {
            return 0;
        }

        var staged = _staged.ToArray();
        var actions = CommitPlanner.Prepare(staged);
        if (actions.Length == 1 && actions[0].Type != WriteActionType.ConditionCheck)
        {
            await SendSingleAsync(actions[0], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await SendTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
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

    private async Task SendSingleAsync(WriteAction action, CancellationToken cancellationToken)
    {
        var ambiguous = false;
        try
        {
            await RetryAsync(
                async token =>
                {
                    switch (action.Type)
                    {
                        case WriteActionType.Put:
                            await _client.PutItemAsync(action.ToPutItemRequest(), token).ConfigureAwait(false);
                            break;
                        case WriteActionType.Update:
                            await _client.UpdateItemAsync(action.ToUpdateItemRequest(), token).ConfigureAwait(false);
                            break;
                        default:
                            await _client.DeleteItemAsync(action.ToDeleteItemRequest(), token).ConfigureAwait(false);
                            break;
                    }
                },
                exception => ambiguous |= RetryPolicy.IsAmbiguous(exception),
                1,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken) && CommitFailureMapper.Map(exception, [action], ambiguous) is { } mapped)
        {
            throw mapped;
        }
    }

    private async Task SendTransactionAsync(WriteAction[] actions, CancellationToken cancellationToken)
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

        try
        {
            await RetryAsync(token => _client.TransactWriteItemsAsync(request, token), static _ => { }, actions.Length, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken) && CommitFailureMapper.Map(exception, actions) is { } mapped)
        {
            throw mapped;
        }
    }

    private async Task RetryAsync(Func<CancellationToken, Task> send, Action<Exception> onRetry, int writeCount, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await send(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (attempt < _options.CommitRetryAttempts && RetryPolicy.IsRetryable(exception, cancellationToken))
            {
                onRetry(exception);
                var delay = RetryPolicy.Backoff(attempt, _options.RetryBaseDelay);
                _logger.LogWarning(
                    "A commit of {WriteCount} staged write(s) failed with {ErrorType}; retry {Retry} of {MaxRetries} in {DelayMs} ms.",
                    writeCount,
                    exception.GetType().Name,
                    attempt + 1,
                    _options.CommitRetryAttempts,
                    (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
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
