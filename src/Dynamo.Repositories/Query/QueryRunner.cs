using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Query;

/// <summary>Sends one page of a plan: a GetItem, Query or Scan request built from the plan's placeholders.</summary>
internal static class QueryRunner
{
    /// <summary>Fetches one page of a plan.</summary>
    /// <param name="executor">The executor the request is sent through.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="startKey">The key to start after, or null for the first page.</param>
    /// <param name="limit">DynamoDB's Limit (items evaluated before the filter), or null for 1 MB pages.</param>
    /// <param name="countOnly">Whether to ask for the count only (Select = COUNT).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<QueryPage> FetchAsync(
        IDynamoExecutor executor,
        QueryPlan plan,
        Dictionary<string, AttributeValue>? startKey,
        int? limit,
        bool countOnly,
        CancellationToken cancellationToken)
    {
        // One catch for the three requests: a DynamoDB or transport failure names the entity, table, index and key.
        try
        {
            switch (plan.Operation)
            {
                case QueryOperation.Empty:
                    return new QueryPage([], 0, null);
                case QueryOperation.BatchGet:
                    throw new InvalidOperationException("A BatchGetItem plan is read by the repository's batch reader, never page by page.");
                case QueryOperation.GetItem:
                    var get = new GetItemRequest
                    {
                        TableName = plan.TableName,
                        Key = plan.Key,
                        ConsistentRead = SentIfTrue(plan.ConsistentRead),
                        ProjectionExpression = plan.Projection,
                        ExpressionAttributeNames = plan.Projection is null ? null : plan.Names,
                    };
                    var got = await executor.GetItemAsync(get, cancellationToken).ConfigureAwait(false);
                    return got.Item is { Count: > 0 } item ? new QueryPage([item], 1, null) : new QueryPage([], 0, null);
                case QueryOperation.Query:
                    var query = new QueryRequest
                    {
                        TableName = plan.TableName,
                        IndexName = plan.Index?.Name,
                        KeyConditionExpression = plan.KeyCondition,
                        FilterExpression = plan.Filter,
                        ProjectionExpression = countOnly ? null : plan.Projection,
                        ExpressionAttributeNames = plan.Names,
                        ExpressionAttributeValues = plan.Values,
                        ScanIndexForward = plan.ScanIndexForward ? null : false,
                        ConsistentRead = SentIfTrue(plan.ConsistentRead),
                        ExclusiveStartKey = startKey,
                        Limit = limit,
                        Select = countOnly ? Select.COUNT : null,
                    };
                    if (countOnly && plan.Projection is not null)
                    {
                        query.ExpressionAttributeNames = UsedNames(plan, query.KeyConditionExpression, query.FilterExpression);
                    }

                    var queried = await executor.QueryAsync(query, cancellationToken).ConfigureAwait(false);
                    return new QueryPage(queried.Items ?? [], queried.Count ?? 0, NullIfEmpty(queried.LastEvaluatedKey));
                default:
                    var scan = new ScanRequest
                    {
                        TableName = plan.TableName,
                        FilterExpression = plan.Filter,
                        ProjectionExpression = countOnly ? null : plan.Projection,
                        ExpressionAttributeNames = plan.Names,
                        ExpressionAttributeValues = plan.Values,
                        ConsistentRead = SentIfTrue(plan.ConsistentRead),
                        ExclusiveStartKey = startKey,
                        Limit = limit,
                        Select = countOnly ? Select.COUNT : null,
                    };
                    if (countOnly && plan.Projection is not null)
                    {
                        scan.ExpressionAttributeNames = UsedNames(plan, null, scan.FilterExpression);
                    }

                    var scanned = await executor.ScanAsync(scan, cancellationToken).ConfigureAwait(false);
                    return new QueryPage(scanned.Items ?? [], scanned.Count ?? 0, NullIfEmpty(scanned.LastEvaluatedKey));
            }
        }
        catch (Exception exception) when (Failure(exception, plan, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private static ReadFailedException? Failure(Exception exception, QueryPlan plan, CancellationToken cancellationToken) =>
        ReadFailures.Map(
            exception,
            plan.Entity,
            plan.Operation switch
            {
                QueryOperation.GetItem => "GetItem",
                QueryOperation.Query => "Query",
                _ => "Scan",
            },
            plan.TableName,
            plan.Index?.Name,
            plan.Operation == QueryOperation.GetItem ? ReadFailures.DescribeKey(plan.Entity, plan.Key) : null,
            cancellationToken);

    private static Dictionary<string, AttributeValue>? NullIfEmpty(Dictionary<string, AttributeValue>? key) =>
        key is { Count: > 0 } ? key : null;

    // DynamoDB rejects names that no expression of the request uses; without the projection some may be unused.
    private static Dictionary<string, string>? UsedNames(QueryPlan plan, string? keyCondition, string? filter)
    {
        var used = plan.Names!
            .Where(n => ContainsPlaceholder(keyCondition, n.Key) || ContainsPlaceholder(filter, n.Key))
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
