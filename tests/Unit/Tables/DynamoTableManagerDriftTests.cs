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

/// <summary>How the table manager describes a live table that drifted from the configuration, and the AWS errors it names.</summary>
public sealed class DynamoTableManagerDriftTests
{
    private const string Table = "t-Orders";
    private readonly IAmazonDynamoDB _client = Substitute.For<IAmazonDynamoDB>();
    private readonly DynamoRepositoryOptions _options = new() { TablePrefix = "t-" };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DescribeDifferencesAsync_ListsEveryProblemOfAnIndex_InOneDifference()
    {
        var live = Matching();
        var byStatus = live.GlobalSecondaryIndexes.Single();
        live.GlobalSecondaryIndexes = [];
        live.LocalSecondaryIndexes.Add(new LocalSecondaryIndexDescription
        {
            IndexName = byStatus.IndexName,
            KeySchema = [new KeySchemaElement("status", KeyType.HASH)],
            Projection = new Projection { ProjectionType = ProjectionType.KEYS_ONLY },
        });
        Live(live, Ttl(TimeToLiveStatus.ENABLED, "expiresAt"));

        var difference = Assert.Single(await Manager().DescribeDifferencesAsync(Token));

        Assert.Equal(TableDifferenceKind.IndexMismatch, difference.Kind);
        Assert.Equal(
            $"Index 'ByStatus' of table '{Table}' differs: it is local, the configuration declares it global; its key is (status), the configuration's is (status, placedAt); "
                + "it projects KEYS_ONLY, the library reads whole items and needs ALL. Recreate the index or fix the configuration of Order.",
            difference.Message);
    }

    [Fact]
    public async Task DescribeDifferencesAsync_SaysNothingIsProjected_WhenTheIndexHasNoProjection()
    {
        var live = Matching();
        live.GlobalSecondaryIndexes.Single().Projection = null;
        Live(live, Ttl(TimeToLiveStatus.ENABLED, "expiresAt"));

        var difference = Assert.Single(await Manager().DescribeDifferencesAsync(Token));

        Assert.Contains("differs: it projects nothing, the library reads whole items and needs ALL", difference.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeDifferencesAsync_ReportsAKeyOfAnotherShape_AndAKeyAttributeOfAnotherType()
    {
        var live = Matching();
        live.KeySchema = [new KeySchemaElement("pk", KeyType.HASH)];
        live.AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.N)];
        Live(live, Ttl(TimeToLiveStatus.ENABLED, "expiresAt"));

        var differences = await Manager().DescribeDifferencesAsync(Token);

        Assert.Equal([TableDifferenceKind.KeySchemaMismatch, TableDifferenceKind.AttributeTypeMismatch], differences.Select(d => d.Kind));
        Assert.StartsWith($"Table '{Table}' has key (pk) but Order is configured with (pk, sk).", differences[0].Message, StringComparison.Ordinal);
        Assert.StartsWith($"Key attribute 'pk' of table '{Table}' is of type N but the configuration maps it to type S.", differences[1].Message, StringComparison.Ordinal);
        Assert.Equal($"{Table}: KeySchemaMismatch: {differences[0].Message}", differences[0].ToString());
    }

    [Fact]
    public async Task DescribeDifferencesAsync_ReportsEverything_WhenTheDescriptionIsBare()
    {
        Live(new TableDescription { TableName = Table }, new DescribeTimeToLiveResponse());

        var differences = await Manager().DescribeDifferencesAsync(Token);

        Assert.Equal(
            [
                TableDifferenceKind.KeySchemaMismatch,
                TableDifferenceKind.MissingIndex,
                TableDifferenceKind.MissingIndex,
                TableDifferenceKind.BillingModeMismatch,
                TableDifferenceKind.TimeToLiveDisabled,
            ],
            differences.Select(d => d.Kind));
        Assert.StartsWith($"Table '{Table}' has key () but Order is configured with (pk, sk).", differences[0].Message, StringComparison.Ordinal);
        Assert.StartsWith($"Table '{Table}' is billed PROVISIONED but the options' BillingMode says PAY_PER_REQUEST", differences[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeDifferencesAsync_ReportsTimeToLiveOnAnotherAttribute()
    {
        Live(Matching(), Ttl(TimeToLiveStatus.ENABLING, "deleteAt"));

        var difference = Assert.Single(await Manager().DescribeDifferencesAsync(Token));

        Assert.Equal(TableDifferenceKind.TimeToLiveDisabled, difference.Kind);
        Assert.StartsWith($"Time to live of table '{Table}' uses attribute 'deleteAt' but the configuration expires items by 'expiresAt'", difference.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeDifferencesAsync_ReportsTimeToLiveNoEntityDeclares()
    {
        var key = TestModel.Property<TestModel.Invoice>(nameof(TestModel.Invoice.CustomerId), "pk");
        var model = TestModel.Model(TestModel.Entity<TestModel.Invoice>("Orders", key));
        Live(
            new TableDescription
            {
                TableName = Table,
                TableStatus = TableStatus.ACTIVE,
                KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
                AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
                BillingModeSummary = new BillingModeSummary { BillingMode = BillingMode.PAY_PER_REQUEST },
            },
            Ttl(TimeToLiveStatus.ENABLED, "expiresAt"));

        var difference = Assert.Single(await Manager(model).DescribeDifferencesAsync(Token));

        Assert.Equal(TableDifferenceKind.TimeToLiveUnexpected, difference.Kind);
        Assert.StartsWith($"Time to live is on for table '{Table}' (attribute 'expiresAt') but no configured entity declares it", difference.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeDifferencesAsync_NamesTheTable_WhenDescribingItsTimeToLiveFails()
    {
        var aws = new AmazonDynamoDBException("Not authorized to DescribeTimeToLive");
        var live = Matching();
        _client.DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>()).Returns(new DescribeTableResponse { Table = live });
        _client.DescribeTimeToLiveAsync(Arg.Any<DescribeTimeToLiveRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(aws);

        var error = await Assert.ThrowsAsync<DynamoTableException>(() => Manager().DescribeDifferencesAsync(Token));

        Assert.Same(aws, error.InnerException);
        Assert.Equal($"Describing the time to live of table '{Table}' failed: Not authorized to DescribeTimeToLive Check the credentials' permissions.", error.Message);
    }

    [Fact]
    public async Task CreateTablesAsync_NamesTheTable_WhenDescribingItFails()
    {
        _client.DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(new AmazonDynamoDBException("The security token is invalid"));

        var error = await Assert.ThrowsAsync<DynamoTableException>(() => Manager().CreateTablesAsync(Token));

        Assert.Equal((Table, $"Describing table '{Table}' failed: The security token is invalid Check the endpoint, the region and the credentials' permissions."), (error.TableName, error.Message));
        await _client.DidNotReceiveWithAnyArgs().CreateTableAsync(default(CreateTableRequest)!, default);
    }

    [Fact]
    public async Task CreateTablesAsync_SaysTheTableExists_WhenEnablingTimeToLiveFails()
    {
        _client.DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>())
            .Returns(_ => throw new ResourceNotFoundException("missing"), _ => Task.FromResult(new DescribeTableResponse { Table = Matching() }));
        _client.UpdateTimeToLiveAsync(Arg.Any<UpdateTimeToLiveRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(new AmazonDynamoDBException("Rate exceeded"));

        // The table is ACTIVE at the first poll; the guard turns a wait on the fake clock into a failure, not a hang.
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Token);
        guard.CancelAfter(TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<DynamoTableException>(() => Manager().CreateTablesAsync(guard.Token));

        Assert.StartsWith($"Table '{Table}' was created, but enabling time to live on attribute 'expiresAt' failed: Rate exceeded", error.Message, StringComparison.Ordinal);
        await _client.Received(1).CreateTableAsync(Arg.Any<CreateTableRequest>(), Arg.Any<CancellationToken>());
    }

    private static DescribeTimeToLiveResponse Ttl(TimeToLiveStatus status, string attribute) =>
        new() { TimeToLiveDescription = new TimeToLiveDescription { TimeToLiveStatus = status, AttributeName = attribute } };

    private void Live(TableDescription table, DescribeTimeToLiveResponse ttl)
    {
        _client.DescribeTableAsync(Arg.Any<DescribeTableRequest>(), Arg.Any<CancellationToken>()).Returns(new DescribeTableResponse { Table = table });
        _client.DescribeTimeToLiveAsync(Arg.Any<DescribeTimeToLiveRequest>(), Arg.Any<CancellationToken>()).Returns(ttl);
    }

    /// <summary>The live description of exactly what the configuration declares.</summary>
    private TableDescription Matching()
    {
        var request = Manager().CreateTableRequestFor(TableDefinitions.Build(TestModel.Orders(), new TableNameResolver(_options)).Single());
        return new TableDescription
        {
            TableName = Table,
            TableStatus = TableStatus.ACTIVE,
            KeySchema = request.KeySchema,
            AttributeDefinitions = request.AttributeDefinitions,
            BillingModeSummary = new BillingModeSummary { BillingMode = BillingMode.PAY_PER_REQUEST },
            GlobalSecondaryIndexes = [.. request.GlobalSecondaryIndexes.Select(i => new GlobalSecondaryIndexDescription { IndexName = i.IndexName, KeySchema = i.KeySchema, Projection = i.Projection, IndexStatus = IndexStatus.ACTIVE })],
            LocalSecondaryIndexes = [.. request.LocalSecondaryIndexes.Select(i => new LocalSecondaryIndexDescription { IndexName = i.IndexName, KeySchema = i.KeySchema, Projection = i.Projection })],
        };
    }

    private DynamoTableManager Manager(EntityModel? model = null) =>
        new(_client, model ?? TestModel.Orders(), new TableNameResolver(_options), MsOptions.Create(_options), new FakeTimeProvider(), NullLogger<DynamoTableManager>.Instance);
}
