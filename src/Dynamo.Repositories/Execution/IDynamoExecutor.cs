using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Execution;

/// <summary>
/// The seam between the library's pipelines and the store that runs their requests: the read pipeline (GetItem,
/// Query, Scan, BatchGetItem) and the commit pipeline (single conditional writes, TransactWriteItems, BatchWriteItem)
/// send every request through it. The SDK executor forwards to <c>IAmazonDynamoDB</c>; the in-memory executor of the
/// Testing package evaluates the same requests against in-memory tables, raising the same exceptions DynamoDB raises,
/// so the repository and unit of work above it are the production types in both cases.
/// </summary>
internal partial interface IDynamoExecutor
{
    /// <summary>Reads one item by its key.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken);

    /// <summary>Reads one page of a Query on a table or an index.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken);

    /// <summary>Reads one page of a Scan.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken);

    /// <summary>Reads up to 100 items by key; keys not processed come back in the response.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken);

    /// <summary>Writes one whole item, under its condition.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken);

    /// <summary>Updates attributes of one item, under its condition.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes one item, under its condition.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken);

    /// <summary>Applies up to 100 write actions atomically (all or none), idempotent under its client request token.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken);

    /// <summary>Writes or deletes up to 25 items without conditions; items not processed come back in the response.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken);
}
