using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Resilience;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories.Query;

/// <summary>
/// Runs a plan (GetItem, Query, Scan or BatchGetItem) through the executor: the library's one page loop, behind every
/// specification read (lists, first, single, any, count, pages, streams, delete-range). One per context.
/// </summary>
/// <param name="executor">The executor the requests go through.</param>
/// <param name="retry">The retry strategy for the keys a BatchGetItem leaves unprocessed.</param>
internal sealed partial class PlanRunner(IDynamoExecutor executor, RetryStrategy retry)
{
    /// <summary>Streams the matching items of a plan from <paramref name="start"/>, at most <paramref name="take"/> of them.</summary>
    /// <typeparam name="TItem">What each item becomes.</typeparam>
    /// <param name="plan">The plan.</param>
    /// <param name="start">The key to start after, or null for the first page (always null for BatchGetItem).</param>
    /// <param name="take">The most items wanted, or null for all.</param>
    /// <param name="skip">How many matching items to read and discard first (the specification's opted-in Skip).</param>
    /// <param name="materializer">Materializes the items (straight from the response JSON on the wire path).</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public IAsyncEnumerable<TItem> ItemsAsync<TItem>(
        QueryPlan plan, Dictionary<string, AttributeValue>? start, int? take, int skip, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken) =>
        plan.Operation == QueryOperation.BatchGet
            ? new BatchReader(executor, retry, plan.Entity, plan.TableName, plan.ConsistentRead).ItemsAsync(plan.Keys!, skip, take, materializer, cancellationToken)
            : PagedItemsAsync(plan, start, take, skip, materializer, cancellationToken);

    /// <summary>Counts the matching items of a plan: Select = COUNT over every page, or the items a BatchGetItem finds.</summary>
    public async Task<int> CountAsync(QueryPlan plan, CancellationToken cancellationToken)
    {
        var count = 0;
        if (plan.Operation == QueryOperation.BatchGet)
        {
            await foreach (var unused in ItemsAsync(plan, null, null, 0, PresenceMaterializer.Instance, cancellationToken).ConfigureAwait(false))
            {
                count++;
            }

            return count;
        }

        await foreach (var page in PagesAsync(plan, null, null, countOnly: true, PresenceMaterializer.Instance, cancellationToken).ConfigureAwait(false))
        {
            count += page.Count;
        }

        return count;
    }

    private async IAsyncEnumerable<TItem> PagedItemsAsync<TItem>(
        QueryPlan plan,
        Dictionary<string, AttributeValue>? start,
        int? take,
        int skip,
        IItemMaterializer<TItem> materializer,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var returned = 0;
        var discarded = 0;
        await foreach (var page in PagesAsync(plan, start, take + skip, countOnly: false, materializer, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                if (discarded < skip)
                {
                    discarded++;
                    continue;
                }

                yield return item;
                if (++returned == take)
                {
                    yield break;
                }
            }
        }
    }

    // Streams the pages from start, each requested when the previous one has been consumed, until take matching items
    // (counted after the filter) have been returned; one span for the plan and every page.
    private async IAsyncEnumerable<QueryPage<TItem>> PagesAsync<TItem>(
        QueryPlan plan,
        Dictionary<string, AttributeValue>? start,
        int? take,
        bool countOnly,
        IItemMaterializer<TItem> materializer,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var matched = 0;
        var operation = ReadTelemetry.Start(executor, plan); // null when nothing listens
        try
        {
            do
            {
                // DynamoDB applies Limit before the filter, so it only bounds the read when there is no filter.
                int? limit = take is { } wanted && plan.Filter is null && !countOnly ? wanted - matched : null;
                QueryPage<TItem> page;
                try
                {
                    operation?.Enter();
                    page = await FetchAsync(plan, start, limit, countOnly, materializer, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (DynamoOperation.Failed(operation, exception))
                {
                    throw;
                }

                yield return page;
                matched += page.Count;
                if (matched >= take)
                {
                    yield break;
                }

                start = page.LastEvaluatedKey;
            }
            while (start is not null);
        }
        finally
        {
            operation?.Complete();
        }
    }
}
