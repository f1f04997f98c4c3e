using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Dynamo.Repositories.Execution;

/// <summary>
/// The production executor: forwards every request to the AWS SDK client unchanged, so the SDK's own retries,
/// signing, timeouts and error mapping apply exactly as they do for a hand-written call.
/// </summary>
/// <param name="client">The DynamoDB client (the one the host registered, or the one the library created).</param>
internal sealed class SdkExecutor(IAmazonDynamoDB client) : IDynamoExecutor
{
    /// <summary>Gets the client the requests go to.</summary>
    public IAmazonDynamoDB Client { get; } = client ?? throw new ArgumentNullException(nameof(client));

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
        SendTrackedAsync(request, Client.PutItemAsync, cancellationToken);

    /// <inheritdoc/>
    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken) =>
        SendTrackedAsync(request, Client.UpdateItemAsync, cancellationToken);

    /// <inheritdoc/>
    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken) =>
        SendTrackedAsync(request, Client.DeleteItemAsync, cancellationToken);

    /// <inheritdoc/>
    public Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken) =>
        Client.TransactWriteItemsAsync(request, cancellationToken);

    // A single write that fails after the SDK sent it more than once may have been applied by an earlier attempt:
    // say so to the commit pipeline (a transaction needs no such care: every attempt carries its ClientRequestToken).
    private static async Task<TResponse> SendTrackedAsync<TRequest, TResponse>(
        TRequest request, Func<TRequest, CancellationToken, Task<TResponse>> send, CancellationToken cancellationToken)
        where TRequest : AmazonWebServiceRequest
    {
        var attempts = SdkAttemptCounter.Track(request);
        try
        {
            return await send(request, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonDynamoDBException exception) when (attempts.Value > 1)
        {
            throw new ResentRequestFailedException(attempts.Value, exception);
        }
    }

    /// <inheritdoc/>
    public Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken) =>
        Client.BatchWriteItemAsync(request, cancellationToken);
}
