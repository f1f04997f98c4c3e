using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Writes;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories;

// The explicit, non-atomic bulk path (BatchWriteItem); it bypasses the unit of work.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    public virtual Task<int> BulkPutNonAtomicAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var requests = PrepareBulk(entities, nameof(BulkPutNonAtomicAsync), item => new WriteRequest { PutRequest = new PutRequest { Item = item } }, useItem: true);
        return BulkWriter().WriteAsync(Metadata, TableName, nameof(BulkPutNonAtomicAsync), requests, cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<int> BulkDeleteNonAtomicAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var requests = PrepareBulk(entities, nameof(BulkDeleteNonAtomicAsync), key => new WriteRequest { DeleteRequest = new DeleteRequest { Key = key } }, useItem: false);
        return BulkWriter().WriteAsync(Metadata, TableName, nameof(BulkDeleteNonAtomicAsync), requests, cancellationToken);
    }

    private BulkWriter BulkWriter() =>
        new(Context.Executor, Context.Retry, Context.LoggerFactory.CreateLogger<DynamoRepository<T>>());

    // Everything is converted and checked (null keys, sizes, duplicate keys) before the first request is sent.
    private List<WriteRequest> PrepareBulk(IEnumerable<T> entities, string operation, Func<Dictionary<string, AttributeValue>, WriteRequest> create, bool useItem)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var requests = new List<WriteRequest>();
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
                requests.Add(create(key));
                continue;
            }

            var item = Metadata.ToItem(entity);
            if (ItemSizeEstimator.Exceeds(item, ItemSizeEstimator.MaxItemBytes, out var size))
            {
                throw new ItemTooLargeException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{operation}: {Metadata.DisplayName} {keyDescription} is about {size} bytes; DynamoDB stores at most {ItemSizeEstimator.MaxItemBytes} bytes (400 KB) per item. Nothing was sent."),
                    typeof(T),
                    keyDescription);
            }

            requests.Add(create(item));
        }

        return requests;
    }
}
