using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Telemetry;

/// <summary>The nine operations of the executor seam, each observed only when someone listens or capacity is asked for.</summary>
internal sealed partial class TelemetryExecutor
{
    /// <inheritdoc/>
    public Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.GetItemAsync(request, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(_inner.GetItemAsync(request, cancellationToken), "GetItem", request.TableName, r => Instrumentation.RecordConsumedCapacity(r.ConsumedCapacity, false, Span));
    }

    /// <inheritdoc/>
    public Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.QueryAsync(request, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(_inner.QueryAsync(request, cancellationToken), "Query", request.TableName, r => Page("Query", request.TableName, request.IndexName, r.Count, r.ScannedCount, r.ConsumedCapacity));
    }

    /// <inheritdoc/>
    public Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.ScanAsync(request, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(_inner.ScanAsync(request, cancellationToken), "Scan", request.TableName, r => Page("Scan", request.TableName, request.IndexName, r.Count, r.ScannedCount, r.ConsumedCapacity));
    }

    /// <inheritdoc/>
    public Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.BatchGetItemAsync(request, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(_inner.BatchGetItemAsync(request, cancellationToken), "BatchGetItem", Single(request.RequestItems?.Keys), r => Instrumentation.RecordConsumedCapacity(r.ConsumedCapacity, false, Span));
    }

    /// <inheritdoc/>
    public Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.PutItemAsync(request, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(_inner.PutItemAsync(request, cancellationToken), "PutItem", request.TableName, r => Instrumentation.RecordConsumedCapacity(r.ConsumedCapacity, true, Span));
    }

    /// <inheritdoc/>
    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.UpdateItemAsync(request, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(_inner.UpdateItemAsync(request, cancellationToken), "UpdateItem", request.TableName, r => Instrumentation.RecordConsumedCapacity(r.ConsumedCapacity, true, Span));
    }

    /// <inheritdoc/>
    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.DeleteItemAsync(request, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(_inner.DeleteItemAsync(request, cancellationToken), "DeleteItem", request.TableName, r => Instrumentation.RecordConsumedCapacity(r.ConsumedCapacity, true, Span));
    }

    /// <inheritdoc/>
    public Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.TransactWriteItemsAsync(request, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(_inner.TransactWriteItemsAsync(request, cancellationToken), "TransactWriteItems", null, r => Instrumentation.RecordConsumedCapacity(r.ConsumedCapacity, true, Span));
    }

    /// <inheritdoc/>
    public Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.BatchWriteItemAsync(request, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(_inner.BatchWriteItemAsync(request, cancellationToken), "BatchWriteItem", Single(request.RequestItems?.Keys), r => Instrumentation.RecordConsumedCapacity(r.ConsumedCapacity, true, Span));
    }

    private static string? Single(ICollection<string>? tables) => tables is { Count: 1 } ? tables.First() : null;
}
