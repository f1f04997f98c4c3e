using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Resilience;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories.Query;

/// <summary>
/// Batch key reads: keys checked before anything is sent, BatchGetItem in chunks of 100, unprocessed keys retried by
/// the library's one <see cref="RetryStrategy"/> (its budget counting retries without progress), results in the
/// order asked with the missing keys listed. Serves <c>GetManyAsync</c> and the specifications planned into
/// BatchGetItem (<see cref="ItemsAsync"/>).
/// </summary>
/// <param name="executor">The executor the requests go through.</param>
/// <param name="retry">The retry strategy for unprocessed keys.</param>
/// <param name="metadata">The metadata of the entity read.</param>
/// <param name="tableName">The physical table name.</param>
/// <param name="consistentReads">Whether reads are strongly consistent.</param>
internal sealed class BatchReader(IDynamoExecutor executor, RetryStrategy retry, EntityMetadata metadata, string tableName, bool consistentReads)
{
    private const int BatchGetLimit = 100;

    /// <summary>Reads the entities of the keys.</summary>
    /// <typeparam name="T">The entity type: that of the metadata this reader was built with.</typeparam>
    public async Task<BatchGetResult<T>> ReadAsync<T>(IEnumerable<EntityKey> keys, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(keys);
        var entity = (EntityMetadata<T>)metadata;
        var asked = new List<(EntityKey Key, ItemIdentity Identity)>();
        var requests = new List<Dictionary<string, AttributeValue>>();
        var seen = new HashSet<ItemIdentity>();
        foreach (var key in keys)
        {
            var item = entity.KeyOf(key);
            var identity = ItemIdentity.Of(tableName, item);
            if (!seen.Add(identity))
            {
                throw new ArgumentException(
                    $"{metadata.DisplayName}: the key {key} is asked for twice. BatchGetItem rejects duplicate keys; pass each key once.", nameof(keys));
            }

            asked.Add((key, identity));
            requests.Add(item);
        }

        var found = new Dictionary<ItemIdentity, T>();
        var materializer = Keyed(EntityMaterializer<T>.For(entity));
        var operation = DynamoOperation.Start(executor, "BatchGetItem", tableName, entityType: metadata.ClrType);
        try
        {
            operation?.Enter();
            for (var offset = 0; offset < requests.Count; offset += BatchGetLimit)
            {
                var chunk = requests.GetRange(offset, Math.Min(BatchGetLimit, requests.Count - offset));
                await ReadChunkAsync(chunk, found, materializer, operation, cancellationToken).ConfigureAwait(false);
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
                entities.Add(item);
            }
            else
            {
                missing.Add(key);
            }
        }

        return new BatchGetResult<T>(entities, missing);
    }

    /// <summary>
    /// Streams the items of a BatchGetItem plan's keys (distinct) in their order, missing ones absent, reading chunk
    /// after chunk of 100 only while more items are wanted: <paramref name="skip"/> discarded, then <paramref name="take"/>.
    /// </summary>
    /// <param name="keys">The primary keys, each once.</param>
    /// <param name="skip">How many found items to discard first.</param>
    /// <param name="take">The most items to return, or null for all.</param>
    /// <param name="materializer">Materializes the items.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <typeparam name="TItem">What each item becomes.</typeparam>
    public async IAsyncEnumerable<TItem> ItemsAsync<TItem>(
        List<Dictionary<string, AttributeValue>> keys,
        int skip,
        int? take,
        IItemMaterializer<TItem> materializer,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keyed = Keyed(materializer);
        var wanted = take is { } count ? skip + count : int.MaxValue;
        var passed = 0;
        var operation = DynamoOperation.Start(executor, "BatchGetItem", tableName, entityType: metadata.ClrType);
        try
        {
            for (var offset = 0; offset < keys.Count && passed < wanted; offset += BatchGetLimit)
            {
                var chunk = keys.GetRange(offset, Math.Min(BatchGetLimit, keys.Count - offset));
                var found = new Dictionary<ItemIdentity, TItem>();
                try
                {
                    operation?.Enter();
                    await ReadChunkAsync(chunk, found, keyed, operation, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (DynamoOperation.Failed(operation, exception))
                {
                    throw;
                }

                foreach (var key in chunk)
                {
                    if (passed < wanted && found.TryGetValue(ItemIdentity.Of(tableName, key), out var item) && passed++ >= skip)
                    {
                        yield return item;
                    }
                }
            }
        }
        finally
        {
            operation?.Complete();
        }
    }

    // Each item comes back with its key as stored, to be matched with the key asked.
    private CapturingMaterializer<TItem> Keyed<TItem>(IItemMaterializer<TItem> materializer) =>
        new(materializer, metadata.SortKey is null ? [metadata.PartitionKey.AttributeName] : [metadata.PartitionKey.AttributeName, metadata.SortKey.AttributeName]);

    private async Task ReadChunkAsync<TItem>(
        List<Dictionary<string, AttributeValue>> chunk,
        Dictionary<ItemIdentity, TItem> found,
        CapturingMaterializer<TItem> materializer,
        DynamoOperation? operation,
        CancellationToken cancellationToken)
    {
        var pending = chunk;
        var withoutProgress = 0;
        var retries = 0;
        while (pending.Count > 0)
        {
            var request = new BatchGetItemRequest
            {
                RequestItems = new Dictionary<string, KeysAndAttributes>(StringComparer.Ordinal)
                {
                    [tableName] = new KeysAndAttributes { Keys = pending, ConsistentRead = consistentReads ? true : null },
                },
            };
            ItemBatch<Captured<TItem>> response;
            try
            {
                response = await executor.BatchGetItemAsync(request, materializer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (ReadFailures.Map(exception, metadata, "BatchGetItem", tableName, null, null, cancellationToken) is { } failure)
            {
                throw failure;
            }

            foreach (var (item, key) in response.Items)
            {
                found[ItemIdentity.Of(tableName, key)] = item;
            }

            var unprocessed = response.UnprocessedKeys is not null && response.UnprocessedKeys.TryGetValue(tableName, out var left) && left.Keys is { Count: > 0 }
                ? left.Keys
                : [];
            if (unprocessed.Count == 0)
            {
                return;
            }

            withoutProgress = unprocessed.Count < pending.Count ? 0 : withoutProgress + 1;
            if (!retry.CanRetry(withoutProgress - 1))
            {
                throw new BatchIncompleteException(
                    $"{metadata.DisplayName}: BatchGetItem left {unprocessed.Count} keys unprocessed after {retry.MaxRetries} retries without progress (CommitRetryAttempts; the table is throttling). Retry later or raise the table's read capacity.",
                    metadata.ClrType,
                    unprocessed.Count);
            }

            pending = unprocessed;
            operation?.RetryingUnprocessed();
            await retry.WaitAsync(retries++, cancellationToken).ConfigureAwait(false);
        }
    }
}
