using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Wire;

/// <summary>The reads whose items are materialized straight from the response JSON (no attribute map), through the one attempt loop.</summary>
internal sealed partial class WireExecutor
{
    /// <inheritdoc/>
    public ValueTask<FoundItem<TItem>> GetItemAsync<TItem>(GetItemRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken) =>
        new(SendAsync(EntityReadOperations<TItem>.For(materializer).GetItem, request, singleWrite: false, cancellationToken));

    /// <inheritdoc/>
    public Task<ItemPage<TItem>> QueryAsync<TItem>(QueryRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken) =>
        SendAsync(EntityReadOperations<TItem>.For(materializer).Query, request, singleWrite: false, cancellationToken);

    /// <inheritdoc/>
    public Task<ItemPage<TItem>> ScanAsync<TItem>(ScanRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken) =>
        SendAsync(EntityReadOperations<TItem>.For(materializer).Scan, request, singleWrite: false, cancellationToken);

    /// <inheritdoc/>
    public Task<ItemBatch<TItem>> BatchGetItemAsync<TItem>(BatchGetItemRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken) =>
        SendAsync(EntityReadOperations<TItem>.For(materializer).BatchGetItem, request, singleWrite: false, cancellationToken);
}
