using System.Text.RegularExpressions;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.Testing;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests;

public sealed class DynamoDbLocalTests
{
    private readonly DynamoDbLocalFixture _fixture;
    private readonly Faker _faker = new() { Random = new Randomizer(20261124) };

    public DynamoDbLocalTests(DynamoDbLocalFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Client_PutsAndGetsItem_InTableUnderPrefix()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = _fixture.NewTablePrefix(nameof(DynamoDbLocalTests)) + "Items";
        await CreateTableAsync(table, ct);
        var id = _faker.Random.Guid().ToString();
        var name = _faker.Commerce.ProductName();

        await _fixture.Client.PutItemAsync(table, new Dictionary<string, AttributeValue>
        {
            ["Id"] = new() { S = id },
            ["Name"] = new() { S = name },
        }, ct);
        var got = await _fixture.Client.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = new() { ["Id"] = new() { S = id } },
            ConsistentRead = true,
        }, ct);
        var tables = await ListAllTablesAsync(ct);

        Assert.Equal(name, got.Item["Name"].S);
        Assert.Contains(table, tables);
    }

    [Fact]
    public async Task NewTablePrefix_IsolatesTables_WhenTwoOwnersUseTheSameTableName()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = _fixture.NewTablePrefix("isolation") + "Orders";
        var second = _fixture.NewTablePrefix("isolation") + "Orders";
        await CreateTableAsync(first, ct);
        await CreateTableAsync(second, ct);
        var id = _faker.Random.Guid().ToString();

        await _fixture.Client.PutItemAsync(first, new Dictionary<string, AttributeValue> { ["Id"] = new() { S = id } }, ct);
        var inFirst = await _fixture.Client.GetItemAsync(new GetItemRequest { TableName = first, Key = new() { ["Id"] = new() { S = id } }, ConsistentRead = true }, ct);
        var inSecond = await _fixture.Client.GetItemAsync(new GetItemRequest { TableName = second, Key = new() { ["Id"] = new() { S = id } }, ConsistentRead = true }, ct);

        Assert.NotEqual(first, second);
        Assert.True(inFirst.IsItemSet);
        Assert.False(inSecond.IsItemSet);
    }

    [Fact]
    public void NewTablePrefix_IsLowerCaseWithValidTableNameCharacters_WhenOwnerHasOtherCharacters()
    {
        var prefix = _fixture.NewTablePrefix("Order Tests / ÜNICODE_and.dots");

        Assert.Matches(new Regex("^[a-z0-9-]+-[0-9a-f]{8}-$"), prefix);
        Assert.StartsWith("order-tests-nicode-and-d", prefix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisposeAsync_StopsTheEmulator_WhenItStartedOne()
    {
        var ct = TestContext.Current.CancellationToken;

        // A second, private instance: the shared one must keep running for the other tests.
        var dynamo = await DynamoDbLocal.StartAsync(new DynamoDbLocalOptions { UseEnvironmentVariables = false, StartTimeout = TimeSpan.FromSeconds(120) }, ct);
        using var client = dynamo.CreateClient();
        var before = await client.ListTablesAsync(new ListTablesRequest(), ct);
        var processId = dynamo.ProcessId;

        await dynamo.DisposeAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, before.HttpStatusCode);
        Assert.False(dynamo.IsExternal);
        Assert.NotNull(processId);
        Assert.False(IsRunning(processId.Value));
        await Assert.ThrowsAnyAsync<Exception>(() => client.ListTablesAsync(new ListTablesRequest(), ct));
    }

    [Fact]
    public async Task DisposeAsync_LeavesEndpointRunning_WhenEndpointIsExternal()
    {
        var ct = TestContext.Current.CancellationToken;
        var external = await DynamoDbLocal.StartAsync(new DynamoDbLocalOptions { Endpoint = _fixture.ServiceUrl }, ct);

        await external.DisposeAsync();
        var after = await _fixture.Client.ListTablesAsync(new ListTablesRequest(), ct);

        Assert.True(external.IsExternal);
        Assert.Equal(_fixture.ServiceUrl, external.ServiceUrl);
        Assert.Equal(System.Net.HttpStatusCode.OK, after.HttpStatusCode);
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task CreateTableAsync(string table, CancellationToken ct)
    {
        await _fixture.Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new AttributeDefinition("Id", ScalarAttributeType.S)],
            KeySchema = [new KeySchemaElement("Id", KeyType.HASH)],
        }, ct);
    }

    private async Task<List<string>> ListAllTablesAsync(CancellationToken ct)
    {
        var names = new List<string>();
        string? start = null;
        do
        {
            var page = await _fixture.Client.ListTablesAsync(new ListTablesRequest { ExclusiveStartTableName = start }, ct);
            names.AddRange(page.TableNames ?? []);
            start = page.LastEvaluatedTableName;
        }
        while (start is not null);

        return names;
    }
}
