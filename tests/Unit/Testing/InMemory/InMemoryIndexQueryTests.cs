using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory;
using Xunit;
using static Dynamo.Repositories.UnitTests.Testing.InMemory.Av;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

/// <summary>Queries of the fake over indexes that project some attributes, with sort-key ranges, and the key conditions DynamoDB refuses.</summary>
public sealed class InMemoryIndexQueryTests
{
    private readonly InMemoryExecutor _executor = new();

    public InMemoryIndexQueryTests() => _executor.CreateTable(new CreateTableRequest
    {
        TableName = "P",
        KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
        AttributeDefinitions =
        [
            new AttributeDefinition("pk", ScalarAttributeType.S),
            new AttributeDefinition("sk", ScalarAttributeType.S),
            new AttributeDefinition("city", ScalarAttributeType.S),
            new AttributeDefinition("age", ScalarAttributeType.N),
        ],
        GlobalSecondaryIndexes =
        [
            new GlobalSecondaryIndex
            {
                IndexName = "ByCity",
                KeySchema = [new KeySchemaElement("city", KeyType.HASH), new KeySchemaElement("age", KeyType.RANGE)],
                Projection = new Projection { ProjectionType = ProjectionType.INCLUDE, NonKeyAttributes = ["name", "nickname"] },
            },
        ],
        LocalSecondaryIndexes =
        [
            new LocalSecondaryIndex
            {
                IndexName = "ByAge",
                KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("age", KeyType.RANGE)],
                Projection = new Projection { ProjectionType = ProjectionType.ALL },
            },
        ],
    });

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueryAsync_OnAnIncludeIndex_ProjectsKeysAndTheIncludedAttributes_AndResumesWithTheIndexKeys()
    {
        await Seed();

        var first = await Query("ByCity", "#n0 = :v0", Names("city"), Values(S("Lyon")), limit: 1);
        var rest = await Query("ByCity", "#n0 = :v0", Names("city"), Values(S("Lyon")), start: first.LastEvaluatedKey);

        Assert.Equal(["age", "city", "name", "pk", "sk"], first.Items.Single().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["age", "city", "pk", "sk"], first.LastEvaluatedKey.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["30", "41"], rest.Items.Select(i => i["age"].N));
    }

    [Theory]
    [InlineData("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2", new[] { "30", "41" })]
    [InlineData("#n0 = :v0 AND #n1 >= :v1", new[] { "30", "41" })]
    [InlineData("#n0 = :v0 AND #n1 < :v1", new[] { "25", "25" })]
    public async Task QueryAsync_OnALocalIndex_ReadsASortKeyRange(string condition, string[] ages)
    {
        await Seed();

        var values = condition.Contains("BETWEEN", StringComparison.Ordinal) ? Values(S("p"), N("30"), N("41")) : Values(S("p"), N("30"));

        var page = await Query("ByAge", condition, Names("pk", "age"), values);

        Assert.Equal(ages, page.Items.Select(i => i["age"].N));
    }

    [Fact]
    public async Task QueryAsync_ReadsASortKeyPrefix()
    {
        await Seed();

        var page = await Query(null, "#n0 = :v0 AND begins_with(#n1, :v1)", Names("pk", "sk"), Values(S("p"), S("b")));

        Assert.Equal(["b1", "b2"], page.Items.Select(i => i["sk"].S));
    }

    [Theory]
    [InlineData("#n0 = :v0 AND #n1 <> :v1", "Query key condition not supported")]
    [InlineData("#n0 = :v0 AND #n1 = :v1 AND #n1 = :v1", "Query key condition not supported")]
    [InlineData("#n0 = :v0 OR #n1 = :v1", "Invalid operator used in KeyConditionExpression: OR")]
    [InlineData("#n0 = :v0 AND NOT #n1 = :v1", "Invalid operator used in KeyConditionExpression: NOT")]
    [InlineData("#n1 = :v1 AND #n0 <> :v0", "Query condition missed key schema element: pk")]
    public async Task QueryAsync_RefusesKeyConditionsDynamoDbRefuses(string condition, string message)
    {
        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => Query(null, condition, Names("pk", "sk"), Values(S("p"), S("a1"))));

        Assert.Equal(message, error.Message);
    }

    private async Task Seed()
    {
        foreach (var (sk, city, age, name) in new[] { ("a1", "Lyon", "30", "Ann"), ("b1", "Lyon", "41", "Bob"), ("b2", "Nice", "25", "Cy"), ("c1", "Lyon", "25", "Dee") })
        {
            var item = Item(("pk", S("p")), ("sk", S(sk)), ("city", S(city)), ("age", N(age)), ("name", S(name)), ("secret", S("x")));
            await _executor.PutItemAsync(new PutItemRequest { TableName = "P", Item = item }, Token);
        }
    }

    private Task<QueryResponse> Query(
        string? index,
        string condition,
        Dictionary<string, string> names,
        Dictionary<string, AttributeValue> values,
        int? limit = null,
        Dictionary<string, AttributeValue>? start = null) =>
        _executor.QueryAsync(
            new QueryRequest
            {
                TableName = "P",
                IndexName = index,
                KeyConditionExpression = condition,
                ExpressionAttributeNames = names,
                ExpressionAttributeValues = values,
                Limit = limit,
                ExclusiveStartKey = start,
            },
            Token);
}
