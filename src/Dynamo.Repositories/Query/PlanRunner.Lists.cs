using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Query;

// Whole results as one list: the first page's list becomes the result when it is taken whole (no copy, no growth).
internal sealed partial class PlanRunner
{
    /// <summary>Reads every matching item of a plan (its Skip and Take applied) into a list.</summary>
    /// <typeparam name="TItem">What each item becomes.</typeparam>
    /// <param name="plan">The plan.</param>
    /// <param name="materializer">Materializes the items.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public async Task<List<TItem>> ListAsync<TItem>(QueryPlan plan, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken)
    {
        List<TItem>? result = null;
        if (plan.Operation == QueryOperation.BatchGet)
        {
            result = [];
            await foreach (var item in ItemsAsync(plan, null, plan.Take, plan.Skip, materializer, cancellationToken).ConfigureAwait(false))
            {
                result.Add(item);
            }

            return result;
        }

        var skip = plan.Skip;
        await foreach (var page in PagesAsync(plan, null, plan.Take + plan.Skip, countOnly: false, materializer, cancellationToken).ConfigureAwait(false))
        {
            var items = page.Items;
            var from = Math.Min(skip, items.Count);
            skip -= from;
            var count = Math.Min(items.Count - from, plan.Take is { } take ? take - (result?.Count ?? 0) : int.MaxValue);
            if (result is null && from == 0 && count == items.Count)
            {
                result = items;
            }
            else
            {
                result ??= new List<TItem>(count);
                for (var i = from; i < from + count; i++)
                {
                    result.Add(items[i]);
                }
            }

            if (result.Count >= plan.Take)
            {
                break;
            }
        }

        return result ?? [];
    }
}
