using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories;

// Specifications planned into BatchGetItem (ids.Contains(x.Id), x.Id == a || x.Id == b), read with GetManyAsync's chunk reader.
public partial class DynamoRepository<T>
{
    /// <summary>
    /// Streams the items of a BatchGetItem plan in the order of its keys (missing ones absent), reading chunk after
    /// chunk of 100 keys only while more items are wanted (the plan's Skip, then its Take).
    /// </summary>
    private async IAsyncEnumerable<Dictionary<string, AttributeValue>> BatchItemsAsync(QueryPlan plan, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keys = plan.Keys!;
        var wanted = plan.Take is { } take ? plan.Skip + take : int.MaxValue;
        var passed = 0;
        var operation = DynamoOperation.Start(Context.Executor, "BatchGetItem", TableName, entityType: typeof(T));
        try
        {
            for (var offset = 0; offset < keys.Count && passed < wanted; offset += BatchGetLimit)
            {
                var chunk = keys.GetRange(offset, Math.Min(BatchGetLimit, keys.Count - offset));
                var found = new Dictionary<ItemIdentity, Dictionary<string, AttributeValue>>();
                try
                {
                    operation?.Enter();
                    await ReadChunkAsync(chunk, plan.ConsistentRead, found, operation, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (DynamoOperation.Failed(operation, exception))
                {
                    throw;
                }

                foreach (var key in chunk)
                {
                    if (passed < wanted && found.TryGetValue(ItemIdentity.Of(TableName, key), out var item) && passed++ >= plan.Skip)
                    {
                        yield return item;
                    }
                }
            }
        }
        finally
        {
            operation?.Complete();
        }
    }

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
