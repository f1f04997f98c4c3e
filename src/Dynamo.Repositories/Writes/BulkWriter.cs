using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Resilience;
using Dynamo.Repositories.Telemetry;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// The explicit non-atomic bulk path: BatchWriteItem with 25 requests per call, unprocessed items retried with
/// jittered backoff until they are written or the attempts without progress exceed the options' commit retries.
/// </summary>
internal sealed class BulkWriter(IDynamoExecutor executor, DynamoRepositoryOptions options, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>The most requests in one BatchWriteItem call.</summary>
    public const int BatchSize = 25;

    /// <summary>Sends the write requests of one table in batches of 25 and returns how many were processed.</summary>
    public Task<int> WriteAsync(EntityMetadata metadata, string tableName, string operation, IReadOnlyList<WriteRequest> requests, CancellationToken cancellationToken)
    {
        var telemetry = DynamoOperation.Start(executor, "BatchWriteItem", tableName, entityType: metadata.ClrType);
        return telemetry is null
            ? WriteBatchesAsync(metadata, tableName, operation, requests, null, cancellationToken)
            : WriteObservedAsync(metadata, tableName, operation, requests, telemetry, cancellationToken);
    }

    private async Task<int> WriteObservedAsync(
        EntityMetadata metadata, string tableName, string operation, IReadOnlyList<WriteRequest> requests, DynamoOperation telemetry, CancellationToken cancellationToken)
    {
        try
        {
            telemetry.Enter();
            var written = await WriteBatchesAsync(metadata, tableName, operation, requests, telemetry, cancellationToken).ConfigureAwait(false);
            telemetry.Complete();
            return written;
        }
        catch (Exception exception) when (DynamoOperation.Failed(telemetry, exception))
        {
            throw;
        }
    }

    private async Task<int> WriteBatchesAsync(
        EntityMetadata metadata, string tableName, string operation, IReadOnlyList<WriteRequest> requests, DynamoOperation? telemetry, CancellationToken cancellationToken)
    {
        var written = 0;
        for (var start = 0; start < requests.Count; start += BatchSize)
        {
            var pending = requests.Skip(start).Take(BatchSize).ToList();
            var retries = 0;
            var idle = 0;
            Exception? last = null;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var request = new BatchWriteItemRequest { RequestItems = new() { [tableName] = pending } };
                    var response = await executor.BatchWriteItemAsync(request, cancellationToken).ConfigureAwait(false);
                    var unprocessed = response.UnprocessedItems is { } map && map.TryGetValue(tableName, out var left) && left is { Count: > 0 } ? left : null;
                    var done = pending.Count - (unprocessed?.Count ?? 0);
                    written += done;
                    if (unprocessed is null)
                    {
                        break;
                    }

                    pending = unprocessed;
                    idle = done > 0 ? 0 : idle + 1;
                }
                catch (Exception exception) when (FailureClassifier.IsRetryable(exception, cancellationToken))
                {
                    last = exception;
                    idle++;
                }
                catch (Exception exception) when (exception is AmazonDynamoDBException || FailureClassifier.IsServerOrTransport(exception))
                {
                    throw Incomplete(metadata, operation, written, requests.Count - written, "DynamoDB refused a request", exception);
                }

                if (idle > options.CommitRetryAttempts)
                {
                    throw Incomplete(metadata, operation, written, requests.Count - written, "DynamoDB kept returning unprocessed items or failing after the configured retries (CommitRetryAttempts)", last);
                }

                if (last is null)
                {
                    telemetry?.RetryingUnprocessed();
                }
                else
                {
                    telemetry?.Retrying(last);
                }

                var delay = FailureClassifier.Backoff(retries++, options.RetryBaseDelay);
                logger.LogWarning(
                    "{Operation} of {EntityType}: {Pending} item(s) not processed yet; retrying in {DelayMs} ms.",
                    operation,
                    metadata.DisplayName,
                    pending.Count,
                    (long)delay.TotalMilliseconds);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }

        return written;
    }

    private static BulkWriteIncompleteException Incomplete(EntityMetadata metadata, string operation, int written, int notWritten, string why, Exception? inner) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{operation} of {metadata.DisplayName} wrote {written} item(s); {notWritten} item(s) were not written: {why}. The bulk path is not atomic: the items written stay written. Retry the rest later."),
            metadata.ClrType,
            written,
            notWritten,
            inner);
}
