using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tables;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Tables;

public sealed class DynamoTableManagerTests(DynamoDbLocalFixture fixture)
{
    private static readonly Type[] Configurations = [typeof(ShipmentConfiguration), typeof(ShipmentNoteConfiguration), typeof(CarrierConfiguration)];

    private readonly string _prefix = fixture.NewTablePrefix(nameof(DynamoTableManagerTests));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateTablesAsync_CreatesKeysIndexesAndTtl_ThenNoDifferences()
    {
        using var provider = TestServices.BuildFor(fixture, _prefix, null, Configurations);

        var table = (await fixture.Client.DescribeTableAsync(_prefix + "OptionsShipments", Token)).Table;
        var ttl = (await fixture.Client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = _prefix + "OptionsShipments" }, Token)).TimeToLiveDescription;
        var differences = await provider.GetRequiredService<IDynamoTableManager>().DescribeDifferencesAsync(Token);

        Assert.Equal(TableStatus.ACTIVE, table.TableStatus);
        Assert.Equal(["pk HASH", "sk RANGE"], table.KeySchema.Select(k => $"{k.AttributeName} {k.KeyType}"));
        Assert.Equal(
            ["Author S", "ShippedAt S", "Status S", "Weight N", "pk S", "sk S"],
            table.AttributeDefinitions.Select(a => $"{a.AttributeName} {a.AttributeType}").Order(StringComparer.Ordinal));
        Assert.Equal(["ByAuthor", "ByStatus"], table.GlobalSecondaryIndexes.Select(i => i.IndexName).Order(StringComparer.Ordinal));
        Assert.All(table.GlobalSecondaryIndexes, i => Assert.Equal(ProjectionType.ALL, i.Projection.ProjectionType));
        var local = Assert.Single(table.LocalSecondaryIndexes);
        Assert.Equal("ByWeight", local.IndexName);
        Assert.Equal(["pk HASH", "Weight RANGE"], local.KeySchema.Select(k => $"{k.AttributeName} {k.KeyType}"));
        Assert.Equal(TimeToLiveStatus.ENABLED, ttl.TimeToLiveStatus);
        Assert.Equal("ttl", ttl.AttributeName);
        Assert.Empty(differences);
    }

    [Fact]
    public async Task CreateTablesAsync_CreatesNothing_WhenTablesExist()
    {
        using var provider = TestServices.BuildFor(fixture, _prefix, null, Configurations);

        var created = await provider.GetRequiredService<IDynamoTableManager>().CreateTablesAsync(Token);

        Assert.Empty(created);
    }

    [Fact]
    public async Task CreateTablesAsync_ReturnsEachSharedTableOnce_WhenTablesAreMissing()
    {
        using var provider = new ServiceCollection()
            .AddDynamoRepositoriesFromTypes(o => (o.ServiceUrl, o.TablePrefix) = (fixture.ServiceUrl, _prefix), Configurations)
            .BuildServiceProvider();

        var created = await provider.GetRequiredService<IDynamoTableManager>().CreateTablesAsync(Token);

        Assert.Equal([_prefix + "OptionsCarriers", _prefix + "OptionsShipments"], created);
    }

    [Fact]
    public async Task CreateTablesAsync_UsesCapacityFromOptions_WhenProvisioned()
    {
        using var provider = TestServices.BuildFor(
            fixture, _prefix, o => (o.BillingMode, o.ReadCapacityUnits, o.WriteCapacityUnits) = (DynamoBillingMode.Provisioned, 7, 9), Configurations);

        var table = (await fixture.Client.DescribeTableAsync(_prefix + "OptionsShipments", Token)).Table;
        var differences = await provider.GetRequiredService<IDynamoTableManager>().DescribeDifferencesAsync(Token);

        Assert.Equal(7, table.ProvisionedThroughput.ReadCapacityUnits);
        Assert.Equal(9, table.ProvisionedThroughput.WriteCapacityUnits);
        Assert.All(table.GlobalSecondaryIndexes, i => Assert.Equal((7L, 9L), (i.ProvisionedThroughput.ReadCapacityUnits!.Value, i.ProvisionedThroughput.WriteCapacityUnits!.Value)));
        Assert.Empty(differences);
    }

    [Fact]
    public async Task DescribeDifferencesAsync_ReportsMissingTables_WhenNoneWereCreated()
    {
        using var provider = new ServiceCollection()
            .AddDynamoRepositoriesFromTypes(o => (o.ServiceUrl, o.TablePrefix) = (fixture.ServiceUrl, _prefix), Configurations)
            .BuildServiceProvider();

        var differences = await provider.GetRequiredService<IDynamoTableManager>().DescribeDifferencesAsync(Token);

        Assert.Equal(
            [(_prefix + "OptionsCarriers", TableDifferenceKind.MissingTable), (_prefix + "OptionsShipments", TableDifferenceKind.MissingTable)],
            differences.Select(d => (d.TableName, d.Kind)));
    }

    [Fact]
    public async Task DescribeDifferencesAsync_ReportsEachDifference_WhenLiveTableDiffers()
    {
        var name = _prefix + "OptionsShipments";
        await fixture.Client.CreateTableAsync(
            new CreateTableRequest
            {
                TableName = name,
                KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("other", KeyType.RANGE)],
                AttributeDefinitions =
                [
                    new AttributeDefinition("pk", ScalarAttributeType.N),
                    new AttributeDefinition("other", ScalarAttributeType.S),
                    new AttributeDefinition("Status", ScalarAttributeType.S),
                    new AttributeDefinition("Legacy", ScalarAttributeType.S),
                ],
                BillingMode = BillingMode.PROVISIONED,
                ProvisionedThroughput = new ProvisionedThroughput(1, 1),
                GlobalSecondaryIndexes =
                [
                    new GlobalSecondaryIndex
                    {
                        IndexName = "ByStatus",
                        KeySchema = [new KeySchemaElement("Status", KeyType.HASH)],
                        Projection = new Projection { ProjectionType = ProjectionType.KEYS_ONLY },
                        ProvisionedThroughput = new ProvisionedThroughput(1, 1),
                    },
                    new GlobalSecondaryIndex
                    {
                        IndexName = "ByLegacy",
                        KeySchema = [new KeySchemaElement("Legacy", KeyType.HASH)],
                        Projection = new Projection { ProjectionType = ProjectionType.ALL },
                        ProvisionedThroughput = new ProvisionedThroughput(1, 1),
                    },
                ],
            },
            Token);
        using var provider = TestServices.BuildFor(fixture, _prefix, null, Configurations);

        var differences = await provider.GetRequiredService<IDynamoTableManager>().DescribeDifferencesAsync(Token);

        var shipments = differences.Where(d => d.TableName == name).ToList();
        Assert.Equal(
            [
                TableDifferenceKind.KeySchemaMismatch,
                TableDifferenceKind.AttributeTypeMismatch,
                TableDifferenceKind.IndexMismatch,
                TableDifferenceKind.MissingIndex,
                TableDifferenceKind.MissingIndex,
                TableDifferenceKind.ExtraIndex,
                TableDifferenceKind.BillingModeMismatch,
                TableDifferenceKind.TimeToLiveDisabled,
            ],
            shipments.Select(d => d.Kind));
        Assert.Contains("has key (pk, other) but Shipment", shipments[0].Message, StringComparison.Ordinal);
        Assert.Contains("'pk'", shipments[1].Message, StringComparison.Ordinal);
        Assert.Contains("Index 'ByStatus'", shipments[2].Message, StringComparison.Ordinal);
        Assert.Contains("KEYS_ONLY", shipments[2].Message, StringComparison.Ordinal);
        Assert.Contains(shipments, d => d.Kind == TableDifferenceKind.ExtraIndex && d.Message.Contains("'ByLegacy'", StringComparison.Ordinal));
        Assert.Contains(shipments, d => d.Kind == TableDifferenceKind.MissingIndex && d.Message.Contains("local index 'ByWeight'", StringComparison.Ordinal));
        Assert.DoesNotContain(differences, d => d.TableName == _prefix + "OptionsCarriers");
    }
}
