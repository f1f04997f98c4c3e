using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Query;

// One page of a plan: the GetItem, Query or Scan request built from the plan's placeholders.
internal sealed partial class PlanRunner
{
    private Task<QueryPage<TItem>> FetchAsync<TItem>(
        QueryPlan plan, Dictionary<string, AttributeValue>? start, int? limit, bool countOnly, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken) =>
        plan.Operation switch
        {
            QueryOperation.Empty => Task.FromResult(new QueryPage<TItem>([], 0, null)),
            QueryOperation.GetItem => KeyReader.SendAsync(
                executor,
                plan.Entity,
                KeyReader.Request(plan.TableName, plan.Key!, plan.ConsistentRead, plan.Projection, plan.Names),
                key: default, // the plan's span covers it
                materializer,
                0,
                static (_, found) => found.Found ? new QueryPage<TItem>([found.Item!], 1, null) : new QueryPage<TItem>([], 0, null),
                cancellationToken),
            QueryOperation.Query or QueryOperation.Scan => SearchAsync(plan, start, limit, countOnly, materializer, cancellationToken),
            _ => throw new InvalidOperationException($"A {plan.Operation} plan is not read page by page."),
        };

    // Query and Scan: a DynamoDB or transport failure names the entity, table and index.
    private async Task<QueryPage<TItem>> SearchAsync<TItem>(
        QueryPlan plan, Dictionary<string, AttributeValue>? start, int? limit, bool countOnly, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken)
    {
        // A count sends no projection, and so only the names its other expressions use (DynamoDB rejects unused names).
        var projection = countOnly ? null : plan.Projection;
        var names = countOnly && plan.Projection is not null ? UsedNames(plan) : plan.Names;
        var select = countOnly ? Select.COUNT : null;
        try
        {
            if (plan.Operation == QueryOperation.Query)
            {
                var query = new QueryRequest
                {
                    TableName = plan.TableName,
                    IndexName = plan.Index?.Name,
                    KeyConditionExpression = plan.KeyCondition,
                    FilterExpression = plan.Filter,
                    ProjectionExpression = projection,
                    ExpressionAttributeNames = names,
                    ExpressionAttributeValues = plan.Values,
                    ScanIndexForward = plan.ScanIndexForward ? null : false,
                    ConsistentRead = SentIfTrue(plan.ConsistentRead),
                    ExclusiveStartKey = start,
                    Limit = limit,
                    Select = select,
                };
                var queried = await executor.QueryAsync(query, materializer, cancellationToken).ConfigureAwait(false);
                return new QueryPage<TItem>(queried.Items, queried.Count ?? 0, NullIfEmpty(queried.LastEvaluatedKey));
            }

            var scan = new ScanRequest
            {
                TableName = plan.TableName,
                FilterExpression = plan.Filter,
                ProjectionExpression = projection,
                ExpressionAttributeNames = names,
                ExpressionAttributeValues = plan.Values,
                ConsistentRead = SentIfTrue(plan.ConsistentRead),
                ExclusiveStartKey = start,
                Limit = limit,
                Select = select,
            };
            var scanned = await executor.ScanAsync(scan, materializer, cancellationToken).ConfigureAwait(false);
            return new QueryPage<TItem>(scanned.Items, scanned.Count ?? 0, NullIfEmpty(scanned.LastEvaluatedKey));
        }
        catch (Exception exception) when (
            ReadFailures.Map(exception, plan.Entity, plan.Operation.ToString(), plan.TableName, plan.Index?.Name, null, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private static Dictionary<string, AttributeValue>? NullIfEmpty(Dictionary<string, AttributeValue>? key) =>
        key is { Count: > 0 } ? key : null;

    // The names the key condition (null for a Scan) and the filter use.
    private static Dictionary<string, string>? UsedNames(QueryPlan plan)
    {
        var used = plan.Names!
            .Where(n => ContainsPlaceholder(plan.KeyCondition, n.Key) || ContainsPlaceholder(plan.Filter, n.Key))
            .ToDictionary(n => n.Key, n => n.Value, StringComparer.Ordinal);
        return used.Count == 0 ? null : used;
    }

    private static bool ContainsPlaceholder(string? expression, string placeholder)
    {
        if (expression is null)
        {
            return false;
        }

        for (var index = expression.IndexOf(placeholder, StringComparison.Ordinal); index >= 0; index = expression.IndexOf(placeholder, index + 1, StringComparison.Ordinal))
        {
            var end = index + placeholder.Length;
            if (end == expression.Length || !char.IsAsciiDigit(expression[end]))
            {
                return true;
            }
        }

        return false;
    }

    // DynamoDB's defaults (eventually consistent reads, ascending order) are not sent: smaller requests, same meaning.
    private static bool? SentIfTrue(bool value) => value ? true : null;
}
