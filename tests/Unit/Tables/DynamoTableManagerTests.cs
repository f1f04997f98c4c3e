using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Dynamo.Repositories.UnitTests.Tables;

public sealed class DynamoTableManagerTests
{
    private const string Table = "t-Orders";
    private readonly IAmazonDynamoDB _client = Substitute.For<IAmazonDynamoDB>();
    private readonly FakeTimeProvider _time = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void CreateTableRequestFor_DeclaresKeysIndexesAndOnDemandBilling_WhenPayPerRequest()
    {
        var manager = Manager();
        var request = manager.CreateTableRequestFor(TableDefinitions.Build(TestModel.Orders(), Resolver()).Single());

        Assert.Equal(Table, request.TableName);
        Assert.Equal(BillingMode.PAY_PER_REQUEST, request.BillingMode);
        Assert.Null(request.ProvisionedThroughput);
        Assert.Equal(["pk HASH", "sk RANGE"], request.KeySchema.Select(k => $"{k.AttributeName} {k.KeyType}"));
        Assert.Equal(["pk S", "sk S", "status S", "placedAt S", "total N"], request.AttributeDefinitions.Select(a => $"{a.AttributeName} {a.AttributeType}"));
        var global = Assert.Single(request.GlobalSecondaryIndexes);
        Assert.Equal(("ByStatus", ProjectionType.ALL), (global.IndexName, global.Projection.ProjectionType));
        Assert.Equal(["status HASH", "placedAt RANGE"], global.KeySchema.Select(k => $"{k.AttributeName} {k.KeyType}"));
        Assert.Null(global.ProvisionedThroughput);
        var local = Assert.Single(request.LocalSecondaryIndexes);
        Assert.Equal(["pk HASH", "total RANGE"], local.KeySchema.Select(k => $"{k.AttributeName} {k.KeyType}"));
    }

    [Fact]
    public void CreateTableRequestFor_SetsCapacityOnTableAndGlobalIndexes_WhenProvisioned()
    {
        var manager = Manager(o => (o.BillingMode, o.ReadCapacityUnits, o.WriteCapacityUnits) = (DynamoBillingMode.Provisioned, 3, 4));
        var request = manager.CreateTableRequestFor(TableDefinitions.Build(TestModel.Orders(), Resolver()).Single());

        Assert.Equal(BillingMode.PROVISIONED, request.BillingMode);
        Assert.Equal((3L, 4L), (request.ProvisionedThroughput.ReadCapacityUnits!.Value, request.ProvisionedThroughput.WriteCapacityUnits!.Value));
        var global = Assert.Single(request.GlobalSecondaryIndexes).ProvisionedThroughput;
        Assert.Equal((3L, 4L), (global.ReadCapacityUnits!.Value, global.WriteCapacityUnits!.Value));
    }

    [Fact]
    public async Task CreateTablesAsync_SendsNoCreate_WhenTableExists()
    {
        Describe(TableStatus.ACTIVE);

        var created = await Manager().CreateTablesAsync(Token);

        Assert.Empty(created);
        await _client.DidNotReceiveWithAnyArgs().CreateTableAsync(default(CreateTableRequest)!, default);
        await _client.DidNotReceiveWithAnyArgs().UpdateTimeToLiveAsync(default!, default);
    }

    [Fact]
    public async Task CreateTablesAsync_PollsUntilActive_ThenEnablesTtl()
    {
        var creating = new DescribeTableResponse { Table = new TableDescription { TableName = Table, TableStatus = TableStatus.CREATING } };
        var indexCreating = new DescribeTableResponse
        {
            Table = new TableDescription
            {
                TableName = Table,
                TableStatus = TableStatus.ACTIVE,
                GlobalSecondaryIndexes = [new GlobalSecondaryIndexDescription { IndexName = "ByStatus", IndexStatus = IndexStatus.CREATING }],
            },
        };
        var active = new DescribeTableResponse { Table = new TableDescription { TableName = Table, TableStatus = TableStatus.ACTIVE } };
        _client.DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>())
            .Returns(
                _ => throw new ResourceNotFoundException("missing"),
                _ => Task.FromResult(creating),
                _ => Task.FromResult(indexCreating),
                _ => Task.FromResult(active));

        var created = await RunWithTimeAsync(Manager().CreateTablesAsync(Token));

        Assert.Equal([Table], created);
        await _client.Received(4).DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>());
        await _client.Received(1).UpdateTimeToLiveAsync(
            Arg.Is<UpdateTimeToLiveRequest>(r => r.TableName == Table && r.TimeToLiveSpecification.AttributeName == "expiresAt" && r.TimeToLiveSpecification.Enabled == true),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task CreateTablesAsync_ThrowsNamingTable_WhenNeverActive()
    {
        _client.DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>())
            .Returns(
                _ => throw new ResourceNotFoundException("missing"),
                _ => Task.FromResult(new DescribeTableResponse { Table = new TableDescription { TableName = Table, TableStatus = TableStatus.CREATING } }));
        var manager = Manager();
        manager.ActivationTimeout = TimeSpan.FromSeconds(30);

        var exception = await Assert.ThrowsAsync<DynamoTableException>(() => RunWithTimeAsync(manager.CreateTablesAsync(Token)));

        Assert.Equal(Table, exception.TableName);
        Assert.StartsWith($"Table '{Table}' is still CREATING after 00:00:30", exception.Message, StringComparison.Ordinal);
        await _client.DidNotReceiveWithAnyArgs().UpdateTimeToLiveAsync(default!, default);
    }

    [Fact]
    public async Task CreateTablesAsync_LeavesTableAlone_WhenCreatedConcurrently()
    {
        _client.DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(new ResourceNotFoundException("missing"));
        _client.CreateTableAsync(Arg.Any<CreateTableRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(new ResourceInUseException("in use"));

        var created = await Manager().CreateTablesAsync(Token);

        Assert.Empty(created);
    }

    [Fact]
    public async Task CreateTablesAsync_WrapsAwsError_NamingTableAndEntity()
    {
        var aws = new AmazonDynamoDBException("Access denied");
        _client.DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(new ResourceNotFoundException("missing"));
        _client.CreateTableAsync(Arg.Any<CreateTableRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(aws);

        var exception = await Assert.ThrowsAsync<DynamoTableException>(() => Manager().CreateTablesAsync(Token));

        Assert.Same(aws, exception.InnerException);
        Assert.StartsWith($"Creating table '{Table}' (entity Order) failed: Access denied", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeDifferencesAsync_ReportsNotActive_WhenTheTableOrAGlobalIndexIsStillChanging()
    {
        var manager = Manager();
        var request = manager.CreateTableRequestFor(TableDefinitions.Build(TestModel.Orders(), Resolver()).Single());
        _client.DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>()).Returns(new DescribeTableResponse
        {
            Table = new TableDescription
            {
                TableName = Table,
                TableStatus = TableStatus.UPDATING,
                KeySchema = request.KeySchema,
                AttributeDefinitions = request.AttributeDefinitions,
                BillingModeSummary = new BillingModeSummary { BillingMode = BillingMode.PAY_PER_REQUEST },
                GlobalSecondaryIndexes = [.. request.GlobalSecondaryIndexes.Select(i => new GlobalSecondaryIndexDescription { IndexName = i.IndexName, KeySchema = i.KeySchema, Projection = i.Projection, IndexStatus = IndexStatus.CREATING })],
                LocalSecondaryIndexes = [.. request.LocalSecondaryIndexes.Select(i => new LocalSecondaryIndexDescription { IndexName = i.IndexName, KeySchema = i.KeySchema, Projection = i.Projection })],
            },
        });
        _client.DescribeTimeToLiveAsync(Arg.Any<DescribeTimeToLiveRequest>(), Arg.Any<CancellationToken>())
            .Returns(new DescribeTimeToLiveResponse { TimeToLiveDescription = new TimeToLiveDescription { TimeToLiveStatus = TimeToLiveStatus.ENABLED, AttributeName = "expiresAt" } });

        var difference = Assert.Single(await manager.DescribeDifferencesAsync(Token));

        Assert.Equal(TableDifferenceKind.NotActive, difference.Kind);
        Assert.Equal($"Table '{Table}' is not ready: the table is UPDATING, index 'ByStatus' is CREATING; wait until it is ACTIVE.", difference.Message);
    }

    [Fact]
    public async Task DescribeDifferencesAsync_ReportsTtlOff_WhenTableMatchesOtherwise()
    {
        var manager = Manager();
        var request = manager.CreateTableRequestFor(TableDefinitions.Build(TestModel.Orders(), Resolver()).Single());
        _client.DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>()).Returns(new DescribeTableResponse
        {
            Table = new TableDescription
            {
                TableName = Table,
                TableStatus = TableStatus.ACTIVE,
                KeySchema = request.KeySchema,
                AttributeDefinitions = request.AttributeDefinitions,
                BillingModeSummary = new BillingModeSummary { BillingMode = BillingMode.PAY_PER_REQUEST },
                GlobalSecondaryIndexes = [.. request.GlobalSecondaryIndexes.Select(i => new GlobalSecondaryIndexDescription { IndexName = i.IndexName, KeySchema = i.KeySchema, Projection = i.Projection })],
                LocalSecondaryIndexes = [.. request.LocalSecondaryIndexes.Select(i => new LocalSecondaryIndexDescription { IndexName = i.IndexName, KeySchema = i.KeySchema, Projection = i.Projection })],
            },
        });
        _client.DescribeTimeToLiveAsync(Arg.Any<DescribeTimeToLiveRequest>(), Arg.Any<CancellationToken>())
            .Returns(new DescribeTimeToLiveResponse { TimeToLiveDescription = new TimeToLiveDescription { TimeToLiveStatus = TimeToLiveStatus.DISABLED } });

        var difference = Assert.Single(await manager.DescribeDifferencesAsync(Token));

        Assert.Equal(TableDifferenceKind.TimeToLiveDisabled, difference.Kind);
        Assert.Equal(
            $"Time to live is off on table '{Table}' but the configuration expires items by attribute 'expiresAt'; enable it with UpdateTimeToLive on 'expiresAt'.",
            difference.Message);
    }

    private async Task<T> RunWithTimeAsync<T>(Task<T> task)
    {
        // Advance the fake clock until the polling loop completes; no real waiting is asserted.
        for (var i = 0; i < 1000 && !task.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1, Token);
        }

        return await task;
    }

    private void Describe(TableStatus status) =>
        _client.DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>())
            .Returns(new DescribeTableResponse { Table = new TableDescription { TableName = Table, TableStatus = status } });

    private static TableNameResolver Resolver(DynamoRepositoryOptions? options = null) => new(options ?? new DynamoRepositoryOptions { TablePrefix = "t-" });

    private DynamoTableManager Manager(Action<DynamoRepositoryOptions>? configure = null)
    {
        var options = new DynamoRepositoryOptions { TablePrefix = "t-" };
        configure?.Invoke(options);
        return new DynamoTableManager(_client, TestModel.Orders(), Resolver(options), MsOptions.Create(options), _time, NullLogger<DynamoTableManager>.Instance);
    }
}
