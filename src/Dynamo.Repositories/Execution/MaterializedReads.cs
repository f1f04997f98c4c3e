using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Execution;

/// <summary>The default materialized reads of <see cref="IDynamoExecutor"/>: each attribute map of a plain response through the materializer.</summary>
internal static class MaterializedReads
{
    /// <summary>Materializes the item of a GetItem response; synchronously when the response already came (no extra task).</summary>
    public static ValueTask<FoundItem<TItem>> GetItemAsync<TItem>(Task<GetItemResponse> sending, IItemMaterializer<TItem> materializer) =>
        sending.IsCompletedSuccessfully ? new(Found(sending.Result, materializer)) : new(FoundAsync(sending, materializer));

    /// <summary>Materializes the items of a page or of a batch's table (none when absent).</summary>
    public static List<TItem> Items<TItem>(List<Dictionary<string, AttributeValue>>? items, IItemMaterializer<TItem> materializer)
    {
        if (items is null)
        {
            return [];
        }

        var result = new List<TItem>(items.Count);
        foreach (var item in items)
        {
            result.Add(materializer.FromItem(item));
        }

        return result;
    }

    private static FoundItem<TItem> Found<TItem>(GetItemResponse response, IItemMaterializer<TItem> materializer) =>
        response.Item is { Count: > 0 } item
            ? new(true, materializer.FromItem(item), response.ConsumedCapacity)
            : new(false, default, response.ConsumedCapacity);

    private static async Task<FoundItem<TItem>> FoundAsync<TItem>(Task<GetItemResponse> sending, IItemMaterializer<TItem> materializer) =>
        Found(await sending.ConfigureAwait(false), materializer);
}
