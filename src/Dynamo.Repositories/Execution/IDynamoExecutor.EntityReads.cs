using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Execution;

/// <summary>
/// The reads whose items come back materialized. By default they send the plain operation and materialize each
/// attribute map (the SDK and in-memory executors); the wire executor overrides them to read the items straight from
/// the response JSON, and the telemetry decorator forwards them.
/// </summary>
internal partial interface IDynamoExecutor
{
    /// <summary>Reads one item by its key and materializes it.</summary>
    /// <typeparam name="TItem">What the item becomes.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="materializer">Materializes the item.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The item found, if any.</returns>
    ValueTask<FoundItem<TItem>> GetItemAsync<TItem>(GetItemRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken) =>
        MaterializedReads.GetItemAsync(GetItemAsync(request, cancellationToken), materializer);

    /// <summary>Reads one page of a Query and materializes its items.</summary>
    /// <typeparam name="TItem">What each item becomes.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="materializer">Materializes the items.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    async Task<ItemPage<TItem>> QueryAsync<TItem>(QueryRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken)
    {
        var response = await QueryAsync(request, cancellationToken).ConfigureAwait(false);
        return new(MaterializedReads.Items(response.Items, materializer), response.Count, response.ScannedCount, response.LastEvaluatedKey, response.ConsumedCapacity);
    }

    /// <summary>Reads one page of a Scan and materializes its items.</summary>
    /// <typeparam name="TItem">What each item becomes.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="materializer">Materializes the items.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    async Task<ItemPage<TItem>> ScanAsync<TItem>(ScanRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken)
    {
        var response = await ScanAsync(request, cancellationToken).ConfigureAwait(false);
        return new(MaterializedReads.Items(response.Items, materializer), response.Count, response.ScannedCount, response.LastEvaluatedKey, response.ConsumedCapacity);
    }

    /// <summary>Reads up to 100 items by key and materializes them; keys not processed come back as they are.</summary>
    /// <typeparam name="TItem">What each item becomes.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="materializer">Materializes the items.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The items found and the keys left.</returns>
    async Task<ItemBatch<TItem>> BatchGetItemAsync<TItem>(BatchGetItemRequest request, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken)
    {
        var response = await BatchGetItemAsync(request, cancellationToken).ConfigureAwait(false);
        var items = new List<TItem>();
        if (response.Responses is not null)
        {
            foreach (var table in response.Responses.Values)
            {
                items.AddRange(MaterializedReads.Items(table, materializer));
            }
        }

        return new(items, response.UnprocessedKeys, response.ConsumedCapacity);
    }
}
