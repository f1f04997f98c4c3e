using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory;
using Xunit;
using static Dynamo.Repositories.UnitTests.Testing.InMemory.Av;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

/// <summary>The requests the fake refuses before touching a table, with DynamoDB's error types and messages.</summary>
public sealed class InMemoryExecutorValidationTests
{
    // A field, not a literal: the SDK's analyzer refuses a literal Limit below 1, which is the point here.
    private static int BelowMinimum => 0;

    private readonly InMemoryExecutor _executor = Av.Executor();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("id", "S", "One or more parameter values were invalid: Type mismatch for key id expected: N actual: S")]
    [InlineData("status", "N", "One or more parameter values were invalid: Type mismatch for Index Key status Expected: S Actual: N IndexName: ByStatus")]
    [InlineData("pk", "", "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk")]
    [InlineData("status", "", "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: ByStatus, IndexKey: status")]
    public async Task PutItemAsync_RefusesKeyValues_OfTheWrongTypeOrEmpty(string attribute, string value, string message)
    {
        var table = attribute == "id" ? "K" : "T";
        var item = table == "K" ? Item(("id", N("1"))) : Item(("pk", S("p")), ("sk", S("s")));
        item[attribute] = value == "N" ? N("1") : S(value);

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => _executor.PutItemAsync(new PutItemRequest { TableName = table, Item = item }, Token));

        Assert.Equal(("ValidationException", message), (error.ErrorCode, error.Message));
        Assert.Empty(_executor.Items(table));
    }

    [Theory]
    [InlineData("empty", "One or more parameter values were invalid: An AttributeValue may not contain an empty set.")]
    [InlineData("duplicates", "One or more parameter values were invalid: Input collection contains duplicates.")]
    [InlineData("number", "The parameter cannot be converted to a numeric value")]
    [InlineData("large", "Item size has exceeded the maximum allowed size")]
    [InlineData("null", "1 validation error detected: Value null at 'item' failed to satisfy constraint: Member must not be null")]
    public async Task PutItemAsync_RefusesItemsDynamoDbRefuses(string kind, string message)
    {
        var item = kind switch
        {
            "empty" => Item(("id", N("1")), ("tags", new AttributeValue { NS = [] })),
            "duplicates" => Item(("id", N("1")), ("tags", NS("1", "1.0"))),
            "number" => Item(("id", N("1")), ("n", N("twelve"))),
            "large" => Item(("id", N("1")), ("blob", S(new string('x', 400 * 1024)))),
            _ => null,
        };

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => _executor.PutItemAsync(new PutItemRequest { TableName = "K", Item = item }, Token));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task GetItemAsync_RefusesAKey_WithoutTheSortKey()
    {
        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => _executor.GetItemAsync(new GetItemRequest { TableName = "T", Key = Item(("pk", S("p"))) }, Token));

        Assert.Equal("The provided key element does not match the schema", error.Message);
    }

    [Fact]
    public async Task GetItemAsync_ThrowsResourceNotFound_ForAnUnknownTable()
    {
        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => _executor.GetItemAsync(new GetItemRequest { TableName = "Nope", Key = Item(("id", N("1"))) }, Token));

        Assert.Equal("Requested resource not found: Table: Nope not found", error.Message);
    }

    [Fact]
    public async Task GetItemAsync_IsCanceled_WhenTheTokenIsCanceled()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();
        var before = _executor.RequestCount;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _executor.GetItemAsync(new GetItemRequest { TableName = "K", Key = Item(("id", N("1"))) }, canceled.Token));

        Assert.Equal(before, _executor.RequestCount);
    }

    [Fact]
    public void CreateTable_ThrowsResourceInUse_WhenTheTableExists()
    {
        var error = Assert.Throws<ResourceInUseException>(() => _executor.CreateTable(new CreateTableRequest
        {
            TableName = "K",
            KeySchema = [new KeySchemaElement("id", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("id", ScalarAttributeType.N)],
        }));

        Assert.Equal("Table already exists: K", error.Message);
    }

    [Fact]
    public async Task QueryAsync_RefusesALimitBelowOne_AndAnUnknownIndex()
    {
        var limit = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => _executor.QueryAsync(ByPartition(request => request.Limit = BelowMinimum), Token));
        var index = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => _executor.QueryAsync(ByPartition(request => request.IndexName = "Nope"), Token));

        Assert.Contains("Value '0' at 'limit' failed to satisfy constraint", limit.Message, StringComparison.Ordinal);
        Assert.Equal("The table does not have the specified index: Nope", index.Message);
    }

    [Fact]
    public async Task TransactWriteItemsAsync_RefusesAnActionWithNothingInIt()
    {
        var request = new TransactWriteItemsRequest { TransactItems = [new TransactWriteItem()] };

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => _executor.TransactWriteItemsAsync(request, Token));

        Assert.Equal("TransactItems can only contain one of Check, Put, Update or Delete", error.Message);
    }

    private static QueryRequest ByPartition(Action<QueryRequest> change)
    {
        var request = new QueryRequest
        {
            TableName = "T",
            KeyConditionExpression = "#n0 = :v0",
            ExpressionAttributeNames = Names("pk"),
            ExpressionAttributeValues = Values(S("p")),
        };
        change(request);
        return request;
    }
}
