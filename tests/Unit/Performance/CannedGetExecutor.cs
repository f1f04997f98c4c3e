using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.UnitTests.Performance;

/// <summary>An executor that answers every GetItem with one completed response and allocates nothing per call.</summary>
internal sealed class CannedGetExecutor(Dictionary<string, AttributeValue> item) : IDynamoExecutor
{
    private readonly Task<GetItemResponse> _response = Task.FromResult(new GetItemResponse { Item = item });

    public int Gets { get; private set; }

    public Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken)
    {
        Gets++;
        return _response;
    }

    public Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
}
