using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Telemetry;

/// <summary>The materialized reads, forwarded to the inner executor and observed exactly as the plain ones are.</summary>
internal sealed partial class TelemetryExecutor
{
    /// <inheritdoc/>
    public ValueTask<FoundItem<TItem>> GetItemAsync<TItem>(GetItemRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.GetItemAsync(request, materializer, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return new(ObserveAsync(
            _inner.GetItemAsync(request, materializer, cancellationToken).AsTask(), "GetItem", request.TableName, r => Instrumentation.RecordConsumedCapacity(r.ConsumedCapacity, false, Span)));
    }

    /// <inheritdoc/>
    public Task<ItemPage<TItem>> QueryAsync<TItem>(QueryRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.QueryAsync(request, materializer, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(
            _inner.QueryAsync(request, materializer, cancellationToken), "Query", request.TableName, r => Page("Query", request.TableName, request.IndexName, r.Count, r.ScannedCount, r.ConsumedCapacity));
    }

    /// <inheritdoc/>
    public Task<ItemPage<TItem>> ScanAsync<TItem>(ScanRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.ScanAsync(request, materializer, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(
            _inner.ScanAsync(request, materializer, cancellationToken), "Scan", request.TableName, r => Page("Scan", request.TableName, request.IndexName, r.Count, r.ScannedCount, r.ConsumedCapacity));
    }

    /// <inheritdoc/>
    public Task<ItemBatch<TItem>> BatchGetItemAsync<TItem>(BatchGetItemRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken)
    {
        if (!Observing)
        {
            return _inner.BatchGetItemAsync(request, materializer, cancellationToken);
        }

        request.ReturnConsumedCapacity ??= _capacity;
        return ObserveAsync(
            _inner.BatchGetItemAsync(request, materializer, cancellationToken),
            "BatchGetItem",
            Single(request.RequestItems?.Keys),
            r => Instrumentation.RecordConsumedCapacity(r.ConsumedCapacity, false, Span));
    }
}
