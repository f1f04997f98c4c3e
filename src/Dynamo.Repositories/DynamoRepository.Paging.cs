using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories;

// Pages of a specification's results with opaque continuation tokens.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    /// <remarks>
    /// Each page is filled across as many DynamoDB pages as it takes (the filter runs after DynamoDB's Limit), and the
    /// token resumes exactly after the last item returned, so no item is skipped or returned twice. The token is
    /// bound to the planned request: a token from another specification, or an edited one, raises
    /// <see cref="InvalidContinuationTokenException"/>.
    /// </remarks>
    public virtual async Task<Page<T>> PageAsync(ISpecification<T> specification, int pageSize, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var plan = Plan(specification);
        RejectPostProcessing(specification, nameof(PageAsync));
        Dictionary<string, AttributeValue>? start = null;
        var returnedBefore = 0;
        if (continuationToken is not null)
        {
            (start, returnedBefore) = ContinuationToken.Decode(plan, continuationToken);
        }

        var wanted = plan.Take is { } take ? Math.Min(pageSize, take - returnedBefore) : pageSize;
        var items = new List<T>(Math.Max(0, Math.Min(wanted, 1000)));
        if (wanted <= 0 || plan.Operation == QueryOperation.Empty || (plan.Operation == QueryOperation.GetItem && start is not null))
        {
            return new Page<T>(items, null);
        }

        var operation = ReadTelemetry.Start(Context.Executor, plan);
        try
        {
            operation?.Enter();
            while (true)
            {
                int? limit = plan.Filter is null ? wanted - items.Count : null;
                var page = await QueryRunner.FetchAsync(Context.Executor, plan, start, limit, countOnly: false, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < page.Items.Count; i++)
                {
                    items.Add(Metadata.FromItem(page.Items[i]));
                    if (items.Count == wanted)
                    {
                        var returned = returnedBefore + items.Count;
                        var more = plan.Take is not { } limitTotal || returned < limitTotal;

                        // Resume after the last item returned: DynamoDB's own key when the page ended there, else the item's key.
                        var resume = i == page.Items.Count - 1 ? page.LastEvaluatedKey : PositionOf(plan, page.Items[i]);
                        var token = more && resume is not null && plan.Operation != QueryOperation.GetItem
                            ? ContinuationToken.Encode(plan, resume, returned)
                            : null;
                        return new Page<T>(items, token);
                    }
                }

                start = page.LastEvaluatedKey;
                if (start is null)
                {
                    return new Page<T>(items, null);
                }
            }
        }
        catch (Exception exception) when (DynamoOperation.Failed(operation, exception))
        {
            throw;
        }
        finally
        {
            operation?.Complete();
        }
    }

    private static Dictionary<string, AttributeValue> PositionOf(QueryPlan plan, Dictionary<string, AttributeValue> item)
    {
        var key = new Dictionary<string, AttributeValue>(plan.PositionAttributes.Count, StringComparer.Ordinal);
        foreach (var name in plan.PositionAttributes)
        {
            if (item.TryGetValue(name, out var value))
            {
                key[name] = value;
            }
        }

        return key;
    }
}
