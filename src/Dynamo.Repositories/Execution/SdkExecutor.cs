using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Execution;

/// <summary>
/// The production executor: forwards every request to the AWS SDK client unchanged, so the SDK's own retries,
/// signing, timeouts and error mapping apply exactly as they do for a hand-written call. A single write that fails
/// after the SDK resent it carries its attempt count (<see cref="SdkResends"/>), observed on this client only.
/// </summary>
internal sealed class SdkExecutor : IDynamoExecutor
{
    /// <summary>Initializes a new instance of the <see cref="SdkExecutor"/> class.</summary>
    /// <param name="client">The DynamoDB client (the one the host registered, or the one the library created).</param>
    public SdkExecutor(IAmazonDynamoDB client)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
        SdkResends.Observe(client);
    }

    /// <summary>Gets the client the requests go to.</summary>
    public IAmazonDynamoDB Client { get; }

    /// <inheritdoc/>
    public Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken) =>
        Client.GetItemAsync(request, cancellationToken);

    /// <inheritdoc/>
    public Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken) =>
        Client.QueryAsync(request, cancellationToken);

    /// <inheritdoc/>
    public Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken) =>
        Client.ScanAsync(request, cancellationToken);

    /// <inheritdoc/>
    public Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken) =>
        Client.BatchGetItemAsync(request, cancellationToken);

    /// <inheritdoc/>
    public Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken) =>
        Client.PutItemAsync(request, cancellationToken);

    /// <inheritdoc/>
    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken) =>
        Client.UpdateItemAsync(request, cancellationToken);

    /// <inheritdoc/>
    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken) =>
        Client.DeleteItemAsync(request, cancellationToken);

    /// <inheritdoc/>
    public Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken) =>
        Client.TransactWriteItemsAsync(request, cancellationToken);

    /// <inheritdoc/>
    public Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken) =>
        Client.BatchWriteItemAsync(request, cancellationToken);
}
