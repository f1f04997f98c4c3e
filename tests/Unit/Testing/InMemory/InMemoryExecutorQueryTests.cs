using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory;
using Xunit;
using static Dynamo.Repositories.UnitTests.Testing.InMemory.Av;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

public sealed class InMemoryExecutorQueryTests
{
    private readonly InMemoryExecutor _executor = Av.Executor();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueryAsync_OrdersSortKeysByUtf8Bytes()
    {
        // UTF-16 order puts the emoji (a surrogate pair) before U+FF21; UTF-8 (DynamoDB) puts it after.
        string[] keys = ["\uFF21", "\U0001F600", "Z", "a"];
        foreach (var key in keys)
        {
            await Put(Item(("pk", S("p")), ("sk", S(key))));
        }

        var page = await Query("p");

        Assert.Equal(["Z", "a", "\uFF21", "\U0001F600"], page.Items.Select(i => i["sk"].S));
    }

    [Fact]
    public async Task QueryAsync_CountsLimitBeforeTheFilter_AndResumesByKey()
    {
        for (var i = 0; i < 6; i++)
        {
            await Put(Item(("pk", S("p")), ("sk", S("s" + i)), ("even", Bool(i % 2 == 0))));
        }

        var first = await _executor.QueryAsync(
            new QueryRequest
            {
                TableName = "T",
                KeyConditionExpression = "#n0 = :v0",
                FilterExpression = "#n1 = :v1",
                ExpressionAttributeNames = Names("pk", "even"),
                ExpressionAttributeValues = Values(S("p"), Bool(true)),
                Limit = 3,
            },
            Token);

        Assert.Equal((2, 3), (first.Count, first.ScannedCount));
        Assert.Equal("s2", first.LastEvaluatedKey["sk"].S);

        // The item at the start key is deleted: the next page still starts right after its position.
        await _executor.DeleteItemAsync(new DeleteItemRequest { TableName = "T", Key = Item(("pk", S("p")), ("sk", S("s2"))) }, Token);
        var rest = await Query("p", start: first.LastEvaluatedKey);
        Assert.Equal(["s3", "s4", "s5"], rest.Items.Select(i => i["sk"].S));
    }

    [Fact]
    public async Task QueryAsync_ReadsDescending_AndResumesBackwards()
    {
        for (var i = 0; i < 5; i++)
        {
            await Put(Item(("pk", S("p")), ("sk", S("s" + i))));
        }

        var first = await Query("p", forward: false, limit: 2);
        var second = await Query("p", forward: false, limit: 2, start: first.LastEvaluatedKey);

        Assert.Equal(["s4", "s3", "s2", "s1"], first.Items.Concat(second.Items).Select(i => i["sk"].S));
    }

    [Fact]
    public async Task QueryAsync_OnIndex_LeavesOutItemsWithoutTheIndexKey_AndProjectsKeysOnly()
    {
        await Put(Item(("pk", S("p")), ("sk", S("1")), ("status", S("open")), ("amount", N("10")), ("owner", S("al")), ("note", S("n"))));
        await Put(Item(("pk", S("p")), ("sk", S("2")), ("status", S("open")), ("amount", N("9"))));
        await Put(Item(("pk", S("p")), ("sk", S("3")), ("status", S("open"))));

        var byStatus = await _executor.QueryAsync(IndexQuery("ByStatus", "status", "open"), Token);
        var byOwner = await _executor.QueryAsync(IndexQuery("ByOwner", "owner", "al"), Token);

        Assert.Equal(["2", "1"], byStatus.Items.Select(i => i["sk"].S));
        Assert.Equal(["owner", "pk", "sk"], Assert.Single(byOwner.Items).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task QueryAsync_WithSelectCount_ReturnsNoItems()
    {
        await Put(Item(("pk", S("p")), ("sk", S("1"))));

        var request = new QueryRequest { TableName = "T", KeyConditionExpression = "#n0 = :v0", ExpressionAttributeNames = Names("pk"), ExpressionAttributeValues = Values(S("p")), Select = Select.COUNT };
        var response = await _executor.QueryAsync(request, Token);

        Assert.Equal(1, response.Count);
        Assert.Null(response.Items);
    }

    [Fact]
    public async Task QueryAsync_StopsAtOneMegabyte()
    {
        var payload = new string('x', 300 * 1024);
        for (var i = 0; i < 5; i++)
        {
            await Put(Item(("pk", S("p")), ("sk", S("s" + i)), ("data", S(payload))));
        }

        var page = await Query("p");

        Assert.Equal(4, page.Items.Count);
        Assert.Equal("s3", page.LastEvaluatedKey["sk"].S);
    }

    [Fact]
    public async Task QueryAsync_ThrowsValidationException_WhenKeyConditionMissesThePartitionKey()
    {
        var request = new QueryRequest { TableName = "T", KeyConditionExpression = "#n0 = :v0", ExpressionAttributeNames = Names("sk"), ExpressionAttributeValues = Values(S("p")) };

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => _executor.QueryAsync(request, Token));

        Assert.Equal("Query condition missed key schema element: pk", error.Message);
    }

    [Fact]
    public async Task ScanAsync_ResumesByKey_AcrossTables()
    {
        for (var i = 0; i < 4; i++)
        {
            await _executor.PutItemAsync(new PutItemRequest { TableName = "K", Item = Item(("id", N((i * 10).ToString(System.Globalization.CultureInfo.InvariantCulture)))) }, Token);
        }

        var first = await _executor.ScanAsync(new ScanRequest { TableName = "K", Limit = 2 }, Token);
        var second = await _executor.ScanAsync(new ScanRequest { TableName = "K", ExclusiveStartKey = first.LastEvaluatedKey }, Token);

        Assert.Equal(["0", "10", "20", "30"], first.Items.Concat(second.Items).Select(i => i["id"].N));
        Assert.Null(second.LastEvaluatedKey);
    }

    [Fact]
    public async Task GetItemAsync_ThrowsResourceNotFound_WhenTableIsMissing()
    {
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => _executor.GetItemAsync(new GetItemRequest { TableName = "nope", Key = Item(("id", N("1"))) }, Token));
    }

    private static QueryRequest IndexQuery(string index, string attribute, string value) => new()
    {
        TableName = "T",
        IndexName = index,
        KeyConditionExpression = "#n0 = :v0",
        ExpressionAttributeNames = Names(attribute),
        ExpressionAttributeValues = Values(S(value)),
    };

    private Task<PutItemResponse> Put(Dictionary<string, AttributeValue> item) => _executor.PutItemAsync(new PutItemRequest { TableName = "T", Item = item }, Token);

    private Task<QueryResponse> Query(string partition, bool forward = true, int? limit = null, Dictionary<string, AttributeValue>? start = null) =>
        _executor.QueryAsync(
            new QueryRequest
            {
                TableName = "T",
                KeyConditionExpression = "#n0 = :v0",
                ExpressionAttributeNames = Names("pk"),
                ExpressionAttributeValues = Values(S(partition)),
                ScanIndexForward = forward ? null : false,
                Limit = limit,
                ExclusiveStartKey = start,
            },
            Token);
}
