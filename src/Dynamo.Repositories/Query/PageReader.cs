using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Query;

/// <summary>
/// One page of <c>PageAsync</c>: resumes after the position in the token, reads one matching item beyond the page
/// (so the true last page, even exactly full, has no token), and encodes the position of the page's last item.
/// </summary>
internal static class PageReader
{
    /// <summary>Reads a page of items; returns them with the token of the next page (null on the last page).</summary>
    /// <typeparam name="TItem">What each item becomes.</typeparam>
    /// <param name="plans">The plan runner the requests go through.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="tokens">The continuation token protector.</param>
    /// <param name="pageSize">The most items in the page.</param>
    /// <param name="continuationToken">The token of the previous page, or null for the first.</param>
    /// <param name="materializer">Materializes the items.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public static async Task<(List<TItem> Items, string? Token)> ReadAsync<TItem>(
        PlanRunner plans,
        QueryPlan plan,
        ContinuationTokenProtector tokens,
        int pageSize,
        string? continuationToken,
        IItemMaterializer<TItem> materializer,
        CancellationToken cancellationToken)
    {
        Dictionary<string, AttributeValue>? start = null;
        var returnedBefore = 0;
        if (continuationToken is not null)
        {
            (start, returnedBefore) = tokens.Decode(plan, continuationToken);
        }

        var remaining = plan.Take is { } take ? take - returnedBefore : int.MaxValue;
        var wanted = Math.Min(pageSize, remaining);
        var items = new List<TItem>(Math.Max(0, Math.Min(wanted, 1000) + 1));
        if (wanted <= 0 || plan.Operation == QueryOperation.Empty || (plan.Operation == QueryOperation.GetItem && start is not null))
        {
            return (items, null);
        }

        // One item ahead, when the specification's Take leaves room for one: it tells whether another page exists.
        // Each item comes with its position attributes as stored: the last one returned is where the next page resumes.
        var ahead = remaining > wanted ? wanted + 1 : wanted;
        Dictionary<string, AttributeValue>? position = null;
        var positioned = new CapturingMaterializer<TItem>(materializer, plan.PositionAttributes);
        await foreach (var (item, attributes) in plans.ItemsAsync(plan, start, ahead, 0, positioned, cancellationToken).ConfigureAwait(false))
        {
            if (items.Count < wanted)
            {
                position = attributes;
            }

            items.Add(item);
        }

        if (items.Count <= wanted || plan.Operation == QueryOperation.GetItem)
        {
            return (items, null);
        }

        items.RemoveAt(wanted);
        return (items, tokens.Encode(plan, position!, returnedBefore + wanted));
    }
}
