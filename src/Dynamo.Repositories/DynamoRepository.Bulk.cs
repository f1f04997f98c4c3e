using System.Globalization;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Writes;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories;

// The explicit, non-atomic bulk path (BatchWriteItem); it bypasses the unit of work.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    public virtual async Task<int> BulkPutNonAtomicAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        // On the wire path the items are written as JSON into one pooled buffer, returned when the bulk write ends.
        using var json = Context.Executor.PreparesEntityJson ? new CommitJson() : null;
        var writes = PrepareBulk(entities, nameof(BulkPutNonAtomicAsync), json, useItem: true);
        return await BulkWriter().WriteAsync(Metadata, TableName, nameof(BulkPutNonAtomicAsync), writes, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual Task<int> BulkDeleteNonAtomicAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var writes = PrepareBulk(entities, nameof(BulkDeleteNonAtomicAsync), null, useItem: false);
        return BulkWriter().WriteAsync(Metadata, TableName, nameof(BulkDeleteNonAtomicAsync), writes, cancellationToken);
    }

    private BulkWriter BulkWriter() =>
        new(Context.Executor, Context.Retry, Context.LoggerFactory.CreateLogger<DynamoRepository<T>>());

    // Everything is converted and checked (null keys, sizes, duplicate keys) before the first request is sent.
    private List<EntityWrite> PrepareBulk(IEnumerable<T> entities, string operation, CommitJson? json, bool useItem)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var writes = new List<EntityWrite>();
        var seen = new HashSet<ItemIdentity>();
        foreach (var entity in entities)
        {
            ArgumentNullException.ThrowIfNull(entity, nameof(entities));
            KeyGuard.Check(Metadata, entity, operation);
            var key = Metadata.KeyOf(entity);
            var keyDescription = Metadata.DescribeKey(entity);
            if (!seen.Add(ItemIdentity.Of(TableName, key)))
            {
                throw new DuplicateWriteException(
                    $"{operation}: {Metadata.DisplayName} {keyDescription} appears twice; DynamoDB refuses a batch with the same key twice. Nothing was sent. Pass each key once.",
                    typeof(T),
                    keyDescription);
            }

            if (!useItem)
            {
                writes.Add(new EntityWrite(WriteActionType.Delete, TableName, null, null, null) { Key = key });
                continue;
            }

            var write = BulkPut<T>.Prepare(Metadata, TableName, entity, json, out var bound);
            if (bound > ItemSizeEstimator.MaxItemBytes && ItemSizeEstimator.Exceeds(write.Materialized().Item, ItemSizeEstimator.MaxItemBytes, out var size))
            {
                throw new ItemTooLargeException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{operation}: {Metadata.DisplayName} {keyDescription} is about {size} bytes; DynamoDB stores at most {ItemSizeEstimator.MaxItemBytes} bytes (400 KB) per item. Nothing was sent."),
                    typeof(T),
                    keyDescription);
            }

            writes.Add(write);
        }

        return writes;
    }
}
