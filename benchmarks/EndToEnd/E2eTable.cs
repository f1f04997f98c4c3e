using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Benchmarks.Infrastructure;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.EndToEnd;

/// <summary>Creates, seeds and deletes the end-to-end table (low-level calls, not measured).</summary>
public static class E2eTable
{
    public static async Task CreateAndSeedAsync(IAmazonDynamoDB client, string tableName, CannedResponses data)
    {
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = tableName,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions =
            [
                new AttributeDefinition("CustomerId", ScalarAttributeType.S),
                new AttributeDefinition("OrderId", ScalarAttributeType.S),
            ],
            KeySchema = [new KeySchemaElement("CustomerId", KeyType.HASH), new KeySchemaElement("OrderId", KeyType.RANGE)],
        });
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var table = await client.DescribeTableAsync(tableName);
            if (table.Table.TableStatus == TableStatus.ACTIVE)
            {
                break;
            }

            await Task.Delay(100);
        }

        foreach (var chunk in data.QueryOrders.Concat(data.StreamOrders).Chunk(25))
        {
            var pending = new Dictionary<string, List<WriteRequest>>
            {
                [tableName] = [.. chunk.Select(o => new WriteRequest(new PutRequest(ManualMapper.ToItem(o))))],
            };
            while (pending is { Count: > 0 })
            {
                var response = await client.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = pending });
                pending = response.UnprocessedItems;
            }
        }
    }

    public static async Task DeleteAsync(IAmazonDynamoDB client, string tableName)
    {
        try
        {
            await client.DeleteTableAsync(tableName);
        }
        catch (ResourceNotFoundException)
        {
            // Already gone.
        }
    }
}
