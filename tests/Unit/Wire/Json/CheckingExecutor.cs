using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// An executor between the production repository and the in-memory executor that passes every request the library
/// builds through both writers (ours and the SDK marshaller, same JSON tree required), and every response through JSON
/// and both readers (same objects required), then hands the library OUR reader's response.
/// </summary>
internal sealed class CheckingExecutor(IDynamoExecutor inner) : IDynamoExecutor
{
    public List<string> Checked { get; } = [];

    public async Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken) =>
        Check(await inner.GetItemAsync(Check(request, GetItemRequestMarshaller.Instance, WireRequestWriter.Write), cancellationToken), GetItemResponseUnmarshaller.Instance, j => WireResponseReader.ReadGetItem(j));

    public async Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken) =>
        Check(await inner.QueryAsync(Check(request, QueryRequestMarshaller.Instance, WireRequestWriter.Write), cancellationToken), QueryResponseUnmarshaller.Instance, j => WireResponseReader.ReadQuery(j));

    public async Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken) =>
        Check(await inner.ScanAsync(Check(request, ScanRequestMarshaller.Instance, WireRequestWriter.Write), cancellationToken), ScanResponseUnmarshaller.Instance, j => WireResponseReader.ReadScan(j));

    public async Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken) =>
        Check(await inner.BatchGetItemAsync(Check(request, BatchGetItemRequestMarshaller.Instance, WireRequestWriter.Write), cancellationToken), BatchGetItemResponseUnmarshaller.Instance, j => WireResponseReader.ReadBatchGetItem(j));

    public async Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken) =>
        Check(await inner.PutItemAsync(Check(request, PutItemRequestMarshaller.Instance, WireRequestWriter.Write), cancellationToken), PutItemResponseUnmarshaller.Instance, j => WireResponseReader.ReadPutItem(j));

    public async Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken) =>
        Check(await inner.UpdateItemAsync(Check(request, UpdateItemRequestMarshaller.Instance, WireRequestWriter.Write), cancellationToken), UpdateItemResponseUnmarshaller.Instance, j => WireResponseReader.ReadUpdateItem(j));

    public async Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken) =>
        Check(await inner.DeleteItemAsync(Check(request, DeleteItemRequestMarshaller.Instance, WireRequestWriter.Write), cancellationToken), DeleteItemResponseUnmarshaller.Instance, j => WireResponseReader.ReadDeleteItem(j));

    public async Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken) =>
        Check(await inner.TransactWriteItemsAsync(Check(request, TransactWriteItemsRequestMarshaller.Instance, WireRequestWriter.Write), cancellationToken), TransactWriteItemsResponseUnmarshaller.Instance, j => WireResponseReader.ReadTransactWriteItems(j));

    public async Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken) =>
        Check(await inner.BatchWriteItemAsync(Check(request, BatchWriteItemRequestMarshaller.Instance, WireRequestWriter.Write), cancellationToken), BatchWriteItemResponseUnmarshaller.Instance, j => WireResponseReader.ReadBatchWriteItem(j));

    private TRequest Check<TRequest>(TRequest request, IMarshaller<IRequest, TRequest> marshaller, Action<Utf8JsonWriter, TRequest> write)
        where TRequest : AmazonWebServiceRequest
    {
        var difference = JsonTree.Difference(SdkWire.Marshal(marshaller, request), SdkWire.Write(write, request));
        if (difference is not null)
        {
            throw new InvalidOperationException($"{typeof(TRequest).Name} written differently from the SDK: {difference}");
        }

        Checked.Add(typeof(TRequest).Name);
        return request;
    }

    private TResponse Check<TResponse>(TResponse response, JsonResponseUnmarshaller unmarshaller, Func<byte[], TResponse> read)
        where TResponse : AmazonWebServiceResponse
    {
        var json = ModelJson.Write(response);
        var ours = read(json);
        var difference = ModelComparer.Difference(SdkWire.Unmarshal<TResponse>(unmarshaller, json), ours);
        if (difference is not null)
        {
            throw new InvalidOperationException($"{typeof(TResponse).Name} read differently from the SDK: {difference}");
        }

        Checked.Add(typeof(TResponse).Name);
        return ours;
    }
}
