using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Query;

namespace Dynamo.Repositories;

// Specifications planned into BatchGetItem (ids.Contains(x.Id), x.Id == a || x.Id == b), read with GetManyAsync's BatchReader.
public partial class DynamoRepository<T>
{
    private IAsyncEnumerable<Dictionary<string, AttributeValue>> BatchItemsAsync(QueryPlan plan, CancellationToken cancellationToken) =>
        new BatchReader<T>(Context.Executor, Context.Retry, Metadata, TableName, plan.ConsistentRead).ItemsAsync(plan.Keys!, plan.Skip, plan.Take, cancellationToken);

    private async Task<int> BatchCountAsync(QueryPlan plan, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var unused in BatchItemsAsync(plan, cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }
}
