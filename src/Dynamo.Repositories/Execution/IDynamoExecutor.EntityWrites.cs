using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Execution;

/// <summary>
/// The entity-level writes of the seam: the commit pipeline and the bulk path hand over their own write model
/// (<see cref="EntityWrite"/>), not SDK requests. By default each becomes today's SDK request and goes through the
/// request-level methods (so the SDK executor and the in-memory executor work unchanged, with dictionaries built only
/// there); the wire executor writes them straight to the request body.
/// </summary>
internal partial interface IDynamoExecutor
{
    /// <summary>
    /// Gets a value indicating whether commits and bulk writes should prepare their entities as JSON for this executor
    /// (the wire executor) rather than as dictionaries of <see cref="AttributeValue"/>.
    /// </summary>
    bool PreparesEntityJson => false;

    /// <summary>Writes one whole item, under its condition.</summary>
    /// <param name="write">The write (a Put).</param>
    /// <param name="capacity">Whether the response reports the consumed capacity.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<PutItemResponse> PutEntityAsync(EntityWrite write, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var request = write.Materialized().ToPutItemRequest();
        request.ReturnConsumedCapacity = capacity;
        return PutItemAsync(request, cancellationToken);
    }

    /// <summary>Updates the attributes of one item, under its condition.</summary>
    /// <param name="write">The write (an Update).</param>
    /// <param name="capacity">Whether the response reports the consumed capacity.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<UpdateItemResponse> UpdateEntityAsync(EntityWrite write, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var request = write.Materialized().ToUpdateItemRequest();
        request.ReturnConsumedCapacity = capacity;
        return UpdateItemAsync(request, cancellationToken);
    }

    /// <summary>Deletes one item, under its condition.</summary>
    /// <param name="write">The write (a Delete).</param>
    /// <param name="capacity">Whether the response reports the consumed capacity.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<DeleteItemResponse> DeleteEntityAsync(EntityWrite write, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var request = write.Materialized().ToDeleteItemRequest();
        request.ReturnConsumedCapacity = capacity;
        return DeleteItemAsync(request, cancellationToken);
    }

    /// <summary>Applies up to 100 writes atomically, idempotent under <paramref name="clientRequestToken"/>.</summary>
    /// <param name="writes">The writes, in staging order.</param>
    /// <param name="clientRequestToken">The commit's token, the same for every retry.</param>
    /// <param name="capacity">Whether the response reports the consumed capacity.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<TransactWriteItemsResponse> TransactWriteEntitiesAsync(
        IReadOnlyList<EntityWrite> writes, string clientRequestToken, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var request = new TransactWriteItemsRequest
        {
            ClientRequestToken = clientRequestToken,
            ReturnConsumedCapacity = capacity,
            TransactItems = new List<TransactWriteItem>(writes.Count),
        };
        foreach (var write in writes)
        {
            request.TransactItems.Add(write.Materialized().ToTransactItem());
        }

        return TransactWriteItemsAsync(request, cancellationToken);
    }

    /// <summary>Writes or deletes up to 25 items of one table without conditions; items not processed come back in the response.</summary>
    /// <param name="tableName">The physical table name.</param>
    /// <param name="writes">The puts and deletes.</param>
    /// <param name="capacity">Whether the response reports the consumed capacity.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<BatchWriteItemResponse> BatchWriteEntitiesAsync(
        string tableName, IReadOnlyList<EntityWrite> writes, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var requests = new List<WriteRequest>(writes.Count);
        foreach (var write in writes)
        {
            requests.Add(write.Materialized().ToWriteRequest());
        }

        return BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = new() { [tableName] = requests }, ReturnConsumedCapacity = capacity }, cancellationToken);
    }
}
