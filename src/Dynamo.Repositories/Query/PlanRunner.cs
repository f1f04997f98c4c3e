using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories.Query;

/// <summary>
/// Runs a plan (GetItem, Query or Scan) through the executor with the library's one page loop: every specification
/// read (lists, first, single, any, count, pages, streams, delete-range) goes through <see cref="PagesAsync"/>.
/// </summary>
internal static class PlanRunner
{
    /// <summary>
    /// Streams the DynamoDB pages of a plan from <paramref name="start"/>, each requested when the previous one has been
    /// consumed, stopping once <paramref name="take"/> matching items (counted after the filter) have been returned.
    /// </summary>
    /// <param name="executor">The executor the requests go through.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="start">The key to start after, or null for the first page.</param>
    /// <param name="take">The most matching items wanted, or null for all.</param>
    /// <param name="countOnly">Whether to ask for counts only (Select = COUNT).</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public static async IAsyncEnumerable<QueryPage> PagesAsync(
        IDynamoExecutor executor,
        QueryPlan plan,
        Dictionary<string, AttributeValue>? start,
        int? take,
        bool countOnly,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var matched = 0;
        var operation = ReadTelemetry.Start(executor, plan); // one span for the plan and every page; null when nothing listens
        try
        {
            do
            {
                // DynamoDB applies Limit before the filter, so it only bounds the read when there is no filter.
                int? limit = take is { } wanted && plan.Filter is null && !countOnly ? wanted - matched : null;
                QueryPage page;
                try
                {
                    operation?.Enter();
                    page = await QueryRunner.FetchAsync(executor, plan, start, limit, countOnly, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Streams the matching items of a plan from <paramref name="start"/>, at most <paramref name="take"/> of them.</summary>
    /// <param name="executor">The executor the requests go through.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="start">The key to start after, or null for the first page.</param>
    /// <param name="take">The most items wanted, or null for all.</param>
    /// <param name="skip">How many matching items to read and discard first (the specification's opted-in Skip).</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public static async IAsyncEnumerable<Dictionary<string, AttributeValue>> ItemsAsync(
        IDynamoExecutor executor,
        QueryPlan plan,
        Dictionary<string, AttributeValue>? start,
        int? take,
        int skip,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var returned = 0;
        var discarded = 0;
        await foreach (var page in PagesAsync(executor, plan, start, take + skip, countOnly: false, cancellationToken).ConfigureAwait(false))
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

    /// <summary>Counts the matching items of a plan over every page (Select = COUNT).</summary>
    public static async Task<int> CountAsync(IDynamoExecutor executor, QueryPlan plan, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var page in PagesAsync(executor, plan, null, null, countOnly: true, cancellationToken).ConfigureAwait(false))
        {
            count += page.Count;
        }

        return count;
    }
}
