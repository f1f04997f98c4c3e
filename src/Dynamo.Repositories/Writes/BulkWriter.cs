using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Resilience;
using Dynamo.Repositories.Telemetry;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// The explicit non-atomic bulk path: BatchWriteItem with 25 requests per call. Unprocessed items are the library's to
/// retry (with the one <see cref="RetryStrategy"/>, its budget counting retries without progress); a failed request
/// is not retried again here: the AWS SDK already retried its throttling, server and transport errors.
/// </summary>
internal sealed class BulkWriter(IDynamoExecutor executor, RetryStrategy retry, ILogger logger)
{
    /// <summary>The most requests in one BatchWriteItem call.</summary>
    public const int BatchSize = 25;

    /// <summary>
    /// Sends the writes of one table in batches of 25 and returns how many were processed. Each batch goes first as
    /// entity writes (straight to JSON on the wire path); the unprocessed items DynamoDB hands back are resent as they came.
    /// </summary>
    public Task<int> WriteAsync(EntityMetadata metadata, string tableName, string operation, List<EntityWrite> requests, CancellationToken cancellationToken)
    {
        var telemetry = DynamoOperation.Start(executor, "BatchWriteItem", tableName, entityType: metadata.ClrType);
        return telemetry is null
            ? WriteBatchesAsync(metadata, tableName, operation, requests, null, cancellationToken)
            : WriteObservedAsync(metadata, tableName, operation, requests, telemetry, cancellationToken);
    }

    private async Task<int> WriteObservedAsync(
        EntityMetadata metadata, string tableName, string operation, List<EntityWrite> requests, DynamoOperation telemetry, CancellationToken cancellationToken)
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
        EntityMetadata metadata, string tableName, string operation, List<EntityWrite> requests, DynamoOperation? telemetry, CancellationToken cancellationToken)
    {
        var written = 0;
        for (var start = 0; start < requests.Count; start += BatchSize)
        {
            var batch = requests.GetRange(start, Math.Min(BatchSize, requests.Count - start));
            List<WriteRequest>? pending = null;
            var count = batch.Count;
            var retries = 0;
            var idle = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                BatchWriteItemResponse response;
                try
                {
                    response = await (pending is null
                        ? executor.BatchWriteEntitiesAsync(tableName, batch, null, cancellationToken)
                        : executor.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = new() { [tableName] = pending } }, cancellationToken)).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is AmazonDynamoDBException || FailureClassifier.IsServerOrTransport(exception))
                {
                    if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }

                    throw Incomplete(metadata, operation, written, requests.Count - written, "DynamoDB refused a request, or it failed after the AWS SDK's retries", exception);
                }

                var unprocessed = response.UnprocessedItems is { } map && map.TryGetValue(tableName, out var left) && left is { Count: > 0 } ? left : null;
                var done = count - (unprocessed?.Count ?? 0);
                written += done;
                if (unprocessed is null)
                {
                    break;
                }

                pending = unprocessed;
                count = pending.Count;
                idle = done > 0 ? 0 : idle + 1;
                if (!retry.CanRetry(idle - 1))
                {
                    throw Incomplete(metadata, operation, written, requests.Count - written, "DynamoDB kept returning unprocessed items after the configured retries (CommitRetryAttempts)", null);
                }

                telemetry?.RetryingUnprocessed();
                WritesLog.BulkItemsUnprocessed(logger, operation, metadata.DisplayName, pending.Count, retries + 1);
                await retry.WaitAsync(retries++, cancellationToken).ConfigureAwait(false);
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
