using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories;

// Batch key reads with BatchGetItem.
public partial class DynamoRepository<T>
{
    private const int BatchGetLimit = 100;

    /// <inheritdoc/>
    /// <remarks>
    /// Keys are checked before anything is sent (types, sort key present exactly when the table has one, no key
    /// twice). Unprocessed keys are retried by the library's one retry strategy (jittered, capped exponential backoff
    /// from the options' <c>RetryBaseDelay</c>); after <c>CommitRetryAttempts</c> retries without progress a
    /// <see cref="BatchIncompleteException"/> is raised. Failed requests are the AWS SDK's to retry, not retried again.
    /// </remarks>
    public virtual async Task<BatchGetResult<T>> GetManyAsync(IEnumerable<EntityKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var asked = new List<(EntityKey Key, ItemIdentity Identity)>();
        var requests = new List<Dictionary<string, AttributeValue>>();
        var seen = new HashSet<ItemIdentity>();
        foreach (var key in keys)
        {
            var item = Metadata.KeyOf(key);
            var identity = ItemIdentity.Of(TableName, item);
            if (!seen.Add(identity))
            {
                throw new ArgumentException(
                    $"{Metadata.DisplayName}: the key {key} is asked for twice. BatchGetItem rejects duplicate keys; pass each key once.", nameof(keys));
            }

            asked.Add((key, identity));
            requests.Add(item);
        }

        var found = new Dictionary<ItemIdentity, Dictionary<string, AttributeValue>>();
        var operation = DynamoOperation.Start(Context.Executor, "BatchGetItem", TableName, entityType: typeof(T));
        try
        {
            operation?.Enter();
            for (var offset = 0; offset < requests.Count; offset += BatchGetLimit)
            {
                var chunk = requests.GetRange(offset, Math.Min(BatchGetLimit, requests.Count - offset));
                await ReadChunkAsync(chunk, Options.ConsistentReads, found, operation, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (DynamoOperation.Failed(operation, exception))
        {
            throw;
        }

        operation?.Complete();

        var entities = new List<T>(found.Count);
        var missing = new List<EntityKey>();
        foreach (var (key, identity) in asked)
        {
            if (found.TryGetValue(identity, out var item))
            {
                entities.Add(Metadata.FromItem(item));
            }
            else
            {
                missing.Add(key);
            }
        }

        return new BatchGetResult<T>(entities, missing);
    }

    // One chunk of at most 100 keys, its unprocessed keys retried through the library's retry strategy; shared by
    // GetManyAsync and by specifications planned into BatchGetItem (DynamoRepository.BatchPlans).
    private async Task ReadChunkAsync(
        List<Dictionary<string, AttributeValue>> chunk,
        bool consistentRead,
        Dictionary<ItemIdentity, Dictionary<string, AttributeValue>> found,
        DynamoOperation? operation,
        CancellationToken cancellationToken)
    {
        var keyNames = Metadata.SortKey is null
            ? new[] { Metadata.PartitionKey.AttributeName }
            : new[] { Metadata.PartitionKey.AttributeName, Metadata.SortKey.AttributeName };
        var pending = chunk;
        var withoutProgress = 0;
        var retry = 0;
        while (pending.Count > 0)
        {
            var request = new BatchGetItemRequest
            {
                RequestItems = new Dictionary<string, KeysAndAttributes>(StringComparer.Ordinal)
                {
                    [TableName] = new KeysAndAttributes { Keys = pending, ConsistentRead = consistentRead ? true : null },
                },
            };
            BatchGetItemResponse response;
            try
            {
                response = await Context.Executor.BatchGetItemAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (ReadFailures.Map(exception, Metadata, "BatchGetItem", TableName, null, null, cancellationToken) is { } failure)
            {
                throw failure;
            }

            var items = response.Responses is not null && response.Responses.TryGetValue(TableName, out var returned) ? returned : [];
            foreach (var item in items)
            {
                var key = new Dictionary<string, AttributeValue>(keyNames.Length, StringComparer.Ordinal);
                foreach (var name in keyNames)
                {
                    key[name] = item[name];
                }

                found[ItemIdentity.Of(TableName, key)] = item;
            }

            var unprocessed = response.UnprocessedKeys is not null && response.UnprocessedKeys.TryGetValue(TableName, out var left) && left.Keys is { Count: > 0 }
                ? left.Keys
                : [];
            if (unprocessed.Count == 0)
            {
                return;
            }

            withoutProgress = unprocessed.Count < pending.Count ? 0 : withoutProgress + 1;
            if (!Context.Retry.CanRetry(withoutProgress - 1))
            {
                throw new BatchIncompleteException(
                    $"{Metadata.DisplayName}: BatchGetItem left {unprocessed.Count} keys unprocessed after {Context.Retry.MaxRetries} retries without progress (CommitRetryAttempts; the table is throttling). Retry later or raise the table's read capacity.",
                    typeof(T),
                    unprocessed.Count);
            }

            pending = unprocessed;
            operation?.RetryingUnprocessed();
            await Context.Retry.WaitAsync(retry++, cancellationToken).ConfigureAwait(false);
        }
    }
}
