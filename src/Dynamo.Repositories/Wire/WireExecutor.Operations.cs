using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire;

/// <summary>The nine operations of the seam, each sent through the one attempt loop.</summary>
internal sealed partial class WireExecutor
{
    /// <inheritdoc/>
    public Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken) =>
        SendAsync(WireOperations.GetItem, request, singleWrite: false, cancellationToken);

    /// <inheritdoc/>
    public Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken) =>
        SendAsync(WireOperations.Query, request, singleWrite: false, cancellationToken);

    /// <inheritdoc/>
    public Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken) =>
        SendAsync(WireOperations.Scan, request, singleWrite: false, cancellationToken);

    /// <inheritdoc/>
    public Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken) =>
        SendAsync(WireOperations.BatchGetItem, request, singleWrite: false, cancellationToken);

    /// <inheritdoc/>
    public Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken) =>
        SendAsync(WireOperations.PutItem, request, singleWrite: true, cancellationToken);

    /// <inheritdoc/>
    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken) =>
        SendAsync(WireOperations.UpdateItem, request, singleWrite: true, cancellationToken);

    /// <inheritdoc/>
    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken) =>
        SendAsync(WireOperations.DeleteItem, request, singleWrite: true, cancellationToken);

    /// <inheritdoc/>
    public Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken) =>
        SendAsync(WireOperations.TransactWriteItems, request, singleWrite: false, cancellationToken);

    /// <inheritdoc/>
    public Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken) =>
        SendAsync(WireOperations.BatchWriteItem, request, singleWrite: false, cancellationToken);
}
