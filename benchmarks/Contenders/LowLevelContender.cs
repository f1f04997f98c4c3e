using System.Globalization;
using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.Contenders;

/// <summary>
/// The Baseline: hand-written <see cref="IAmazonDynamoDB"/> calls with <see cref="ManualMapper"/>. It does the same
/// work as the libraries (conditional, versioned writes; an idempotency token on transactions; paging) and no more.
/// </summary>
public sealed class LowLevelContender(IAmazonDynamoDB client, string tableName)
{
    private const string NotExists = "attribute_not_exists(#pk)";
    private static readonly Dictionary<string, string> PartitionKeyName = new() { ["#pk"] = "CustomerId" };

    public async Task<BenchOrder?> GetAsync(string customerId, string orderId, CancellationToken cancellationToken = default)
    {
        var response = await client.GetItemAsync(
            new GetItemRequest { TableName = tableName, Key = ManualMapper.KeyOf(customerId, orderId) },
            cancellationToken).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? ManualMapper.FromItem(item) : null;
    }

    /// <summary>Creates an order: the key must be absent; the stored version becomes 1 (or the next one).</summary>
    public async Task AddAsync(BenchOrder order, CancellationToken cancellationToken = default)
    {
        var item = ManualMapper.ToItem(order);
        var version = NextVersion(order, item);
        await client.PutItemAsync(
            new PutItemRequest
            {
                TableName = tableName,
                Item = item,
                ConditionExpression = NotExists,
                ExpressionAttributeNames = new Dictionary<string, string>(PartitionKeyName),
            },
            cancellationToken).ConfigureAwait(false);
        order.Version = version;
    }

    public async Task<List<BenchOrder>> QueryAsync(string customerId, CancellationToken cancellationToken = default)
    {
        var orders = new List<BenchOrder>();
        await foreach (var order in StreamAsync(customerId, cancellationToken).ConfigureAwait(false))
        {
            orders.Add(order);
        }

        return orders;
    }

    public async IAsyncEnumerable<BenchOrder> StreamAsync(string customerId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var response = await client.QueryAsync(
                new QueryRequest
                {
                    TableName = tableName,
                    KeyConditionExpression = "#pk = :pk",
                    ExpressionAttributeNames = new Dictionary<string, string>(PartitionKeyName),
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":pk"] = new AttributeValue { S = customerId } },
                    ExclusiveStartKey = startKey,
                },
                cancellationToken).ConfigureAwait(false);
            if (response.Items is { } items)
            {
                foreach (var item in items)
                {
                    yield return ManualMapper.FromItem(item);
                }
            }

            startKey = response.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (startKey is not null);
    }

    /// <summary>Creates the orders in one TransactWriteItems call, each conditional on its key being absent.</summary>
    public async Task TransactAddAsync(IReadOnlyList<BenchOrder> orders, CancellationToken cancellationToken = default)
    {
        var actions = new List<TransactWriteItem>(orders.Count);
        var versions = new long[orders.Count];
        for (var i = 0; i < orders.Count; i++)
        {
            var item = ManualMapper.ToItem(orders[i]);
            versions[i] = NextVersion(orders[i], item);
            actions.Add(new TransactWriteItem
            {
                Put = new Put
                {
                    TableName = tableName,
                    Item = item,
                    ConditionExpression = NotExists,
                    ExpressionAttributeNames = new Dictionary<string, string>(PartitionKeyName),
                },
            });
        }

        await client.TransactWriteItemsAsync(
            new TransactWriteItemsRequest { TransactItems = actions, ClientRequestToken = Guid.NewGuid().ToString() },
            cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < orders.Count; i++)
        {
            orders[i].Version = versions[i];
        }
    }

    private static long NextVersion(BenchOrder order, Dictionary<string, AttributeValue> item)
    {
        var version = (order.Version ?? 0) + 1;
        item["Version"] = new AttributeValue { N = version.ToString(CultureInfo.InvariantCulture) };
        return version;
    }
}
