using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// The entity-level writes on the wire path: the bodies are written straight from the writes (a Put's item and an
/// Update's values copied from the JSON their entities' writers prepared), sent through the one attempt loop (a retry
/// resends the same body, so a transaction keeps its token), with the operations' own response readers and the SDK's
/// error unmarshallers.
/// </summary>
internal sealed partial class WireExecutor
{
    private static readonly WireOperation<EntityWriteRequest, PutItemResponse> PutEntity =
        new("PutItem", EntityRequestWriter.WritePutItem, WireResponseReader.ReadPutItem, PutItemResponseUnmarshaller.Instance);

    private static readonly WireOperation<EntityWriteRequest, UpdateItemResponse> UpdateEntity =
        new("UpdateItem", EntityRequestWriter.WriteUpdateItem, WireResponseReader.ReadUpdateItem, UpdateItemResponseUnmarshaller.Instance);

    private static readonly WireOperation<EntityWriteRequest, DeleteItemResponse> DeleteEntity =
        new("DeleteItem", EntityRequestWriter.WriteDeleteItem, WireResponseReader.ReadDeleteItem, DeleteItemResponseUnmarshaller.Instance);

    private static readonly WireOperation<EntityWriteRequest, TransactWriteItemsResponse> TransactEntities =
        new("TransactWriteItems", EntityRequestWriter.WriteTransactWriteItems, WireResponseReader.ReadTransactWriteItems, TransactWriteItemsResponseUnmarshaller.Instance);

    private static readonly WireOperation<EntityWriteRequest, BatchWriteItemResponse> BatchEntities =
        new("BatchWriteItem", EntityRequestWriter.WriteBatchWriteItem, WireResponseReader.ReadBatchWriteItem, BatchWriteItemResponseUnmarshaller.Instance);

    /// <inheritdoc/>
    public bool PreparesEntityJson => true;

    /// <inheritdoc/>
    public Task<PutItemResponse> PutEntityAsync(EntityWrite write, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        Notify(write, capacity, static (w, c) => Asking(w.Materialized().ToPutItemRequest(), c));
        return SendAsync(PutEntity, new EntityWriteRequest([write], capacity), singleWrite: true, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<UpdateItemResponse> UpdateEntityAsync(EntityWrite write, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        Notify(write, capacity, static (w, c) => Asking(w.Materialized().ToUpdateItemRequest(), c));
        return SendAsync(UpdateEntity, new EntityWriteRequest([write], capacity), singleWrite: true, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<DeleteItemResponse> DeleteEntityAsync(EntityWrite write, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        Notify(write, capacity, static (w, c) => Asking(w.Materialized().ToDeleteItemRequest(), c));
        return SendAsync(DeleteEntity, new EntityWriteRequest([write], capacity), singleWrite: true, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<TransactWriteItemsResponse> TransactWriteEntitiesAsync(
        IReadOnlyList<EntityWrite> writes, string clientRequestToken, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var request = new EntityWriteRequest(writes, capacity, ClientRequestToken: clientRequestToken);
        Notify(request, capacity, static (r, c) => new TransactWriteItemsRequest
        {
            ClientRequestToken = r.ClientRequestToken,
            ReturnConsumedCapacity = c,
            TransactItems = [.. r.Writes.Select(w => w.Materialized().ToTransactItem())],
        });
        return SendAsync(TransactEntities, request, singleWrite: false, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<BatchWriteItemResponse> BatchWriteEntitiesAsync(
        string tableName, IReadOnlyList<EntityWrite> writes, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var request = new EntityWriteRequest(writes, capacity, TableName: tableName);
        Notify(request, capacity, static (r, c) => new BatchWriteItemRequest
        {
            RequestItems = new() { [r.TableName!] = [.. r.Writes.Select(w => w.Materialized().ToWriteRequest())] },
            ReturnConsumedCapacity = c,
        });
        return SendAsync(BatchEntities, request, singleWrite: false, cancellationToken);
    }

    private static PutItemRequest Asking(PutItemRequest request, ReturnConsumedCapacity? capacity)
    {
        request.ReturnConsumedCapacity = capacity;
        return request;
    }

    private static UpdateItemRequest Asking(UpdateItemRequest request, ReturnConsumedCapacity? capacity)
    {
        request.ReturnConsumedCapacity = capacity;
        return request;
    }

    private static DeleteItemRequest Asking(DeleteItemRequest request, ReturnConsumedCapacity? capacity)
    {
        request.ReturnConsumedCapacity = capacity;
        return request;
    }

    // Observers of Sending see the SDK request these writes stand for, built only when someone observes.
    private void Notify<TState>(TState state, ReturnConsumedCapacity? capacity, Func<TState, ReturnConsumedCapacity?, AmazonWebServiceRequest> request)
    {
        if (Sending is { } sending)
        {
            sending(this, request(state, capacity));
        }
    }
}
