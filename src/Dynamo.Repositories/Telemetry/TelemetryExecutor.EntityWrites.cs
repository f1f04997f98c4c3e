using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Telemetry;

/// <summary>
/// The entity-level writes, forwarded to the decorated executor (so the wire path keeps writing entities straight to
/// JSON) and observed as their request-level twins are: the consumed capacity asked for and recorded, throttling recorded.
/// </summary>
internal sealed partial class TelemetryExecutor
{
    /// <inheritdoc/>
    public bool PreparesEntityJson => _inner.PreparesEntityJson;

    /// <inheritdoc/>
    public Task<PutItemResponse> PutEntityAsync(EntityWrite write, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken) =>
        !Observing
            ? _inner.PutEntityAsync(write, capacity, cancellationToken)
            : ObserveAsync(_inner.PutEntityAsync(write, capacity ?? _capacity, cancellationToken), "PutItem", write.TableName, WriteCapacity);

    /// <inheritdoc/>
    public Task<UpdateItemResponse> UpdateEntityAsync(EntityWrite write, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken) =>
        !Observing
            ? _inner.UpdateEntityAsync(write, capacity, cancellationToken)
            : ObserveAsync(_inner.UpdateEntityAsync(write, capacity ?? _capacity, cancellationToken), "UpdateItem", write.TableName, WriteCapacity);

    /// <inheritdoc/>
    public Task<DeleteItemResponse> DeleteEntityAsync(EntityWrite write, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken) =>
        !Observing
            ? _inner.DeleteEntityAsync(write, capacity, cancellationToken)
            : ObserveAsync(_inner.DeleteEntityAsync(write, capacity ?? _capacity, cancellationToken), "DeleteItem", write.TableName, WriteCapacity);

    /// <inheritdoc/>
    public Task<TransactWriteItemsResponse> TransactWriteEntitiesAsync(
        IReadOnlyList<EntityWrite> writes, string clientRequestToken, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken) =>
        !Observing
            ? _inner.TransactWriteEntitiesAsync(writes, clientRequestToken, capacity, cancellationToken)
            : ObserveAsync(
                _inner.TransactWriteEntitiesAsync(writes, clientRequestToken, capacity ?? _capacity, cancellationToken),
                "TransactWriteItems",
                null,
                r => Instrumentation.RecordConsumedCapacity(r.ConsumedCapacity, true, Span));

    /// <inheritdoc/>
    public Task<BatchWriteItemResponse> BatchWriteEntitiesAsync(
        string tableName, IReadOnlyList<EntityWrite> writes, ReturnConsumedCapacity? capacity, CancellationToken cancellationToken) =>
        !Observing
            ? _inner.BatchWriteEntitiesAsync(tableName, writes, capacity, cancellationToken)
            : ObserveAsync(
                _inner.BatchWriteEntitiesAsync(tableName, writes, capacity ?? _capacity, cancellationToken),
                "BatchWriteItem",
                tableName,
                r => Instrumentation.RecordConsumedCapacity(r.ConsumedCapacity, true, Span));

    private void WriteCapacity(AmazonWebServiceResponse response) => Instrumentation.RecordConsumedCapacity(
        response switch
        {
            PutItemResponse put => put.ConsumedCapacity,
            UpdateItemResponse update => update.ConsumedCapacity,
            DeleteItemResponse delete => delete.ConsumedCapacity,
            _ => null,
        },
        true,
        Span);
}
