using Amazon.DynamoDBv2;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tables;
using Xunit;
using static Dynamo.Repositories.UnitTests.Tables.TestModel;

namespace Dynamo.Repositories.UnitTests.Tables;

public sealed class TableDefinitionsTests
{
    private static readonly TableNameResolver Names = new(new DynamoRepositoryOptions { TablePrefix = "dev-", TableSuffix = "-x" });

    [Fact]
    public void Build_DescribesKeysIndexesAndTtl_WhenOneEntityOwnsTheTable()
    {
        var table = Assert.Single(TableDefinitions.Build(Orders(), Names));

        Assert.Equal("dev-Orders-x", table.Name);
        Assert.Equal(new TableKey("pk", "S"), table.PartitionKey);
        Assert.Equal(new TableKey("sk", "S"), table.SortKey);
        Assert.Equal("expiresAt", table.TimeToLiveAttribute);
        Assert.Equal(
            [new TableIndexDefinition("ByStatus", true, new("status", "S"), new("placedAt", "S"), "Order"), new TableIndexDefinition("ByTotal", false, new("pk", "S"), new("total", "N"), "Order")],
            table.Indexes);
        Assert.Equal(["pk", "sk", "status", "placedAt", "total"], table.KeyAttributes.Select(k => k.AttributeName));
    }

    [Fact]
    public void Build_MergesIndexesOnce_WhenEntitiesShareATable()
    {
        var invoice = Entity<Invoice>(
            "Orders",
            Property<Invoice>(nameof(Invoice.CustomerId), "pk"),
            Property<Invoice>(nameof(Invoice.InvoiceId), "sk"),
            Property<Invoice>(nameof(Invoice.ExpiresAt), "expiresAt", ScalarAttributeType.N),
            new IndexMetadata("ByNumber", true, Property<Invoice>(nameof(Invoice.Number), "number", ScalarAttributeType.N), null));
        var model = Model([.. Orders().Entities, invoice]);

        var table = Assert.Single(TableDefinitions.Build(model, Names));

        Assert.Equal(["ByNumber", "ByStatus", "ByTotal"], table.Indexes.Select(i => i.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_ThrowsNamingBothEntities_WhenSharedTableKeysDiffer()
    {
        var invoice = Entity<Invoice>("Orders", Property<Invoice>(nameof(Invoice.CustomerId), "customer"));
        var model = Model([.. Orders().Entities, invoice]);

        var exception = Assert.Throws<EntityConfigurationException>(() => TableDefinitions.Build(model, Names));

        // Entities are visited by full name, so Invoice declares the table first.
        Assert.Equal(typeof(Order), exception.EntityType);
        Assert.Contains("Order shares table 'dev-Orders-x' with Invoice but declares other keys (pk S, sk S instead of customer S)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ThrowsNamingIndex_WhenSharedIndexIsDeclaredDifferently()
    {
        var invoice = Entity<Invoice>(
            "Orders",
            Property<Invoice>(nameof(Invoice.CustomerId), "pk"),
            Property<Invoice>(nameof(Invoice.InvoiceId), "sk"),
            null,
            new IndexMetadata("ByStatus", true, Property<Invoice>(nameof(Invoice.Number), "number", ScalarAttributeType.N), null));
        var model = Model([.. Orders().Entities, invoice]);

        var exception = Assert.Throws<EntityConfigurationException>(() => TableDefinitions.Build(model, Names));

        Assert.Contains("Order declares index 'ByStatus' of table 'dev-Orders-x' differently from Invoice", exception.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(Order.PlacedAt), exception.PropertyName);
    }

    [Fact]
    public void Build_ThrowsNamingAttribute_WhenOneKeyAttributeHasTwoTypes()
    {
        var invoice = Entity<Invoice>(
            "Orders",
            Property<Invoice>(nameof(Invoice.CustomerId), "pk"),
            Property<Invoice>(nameof(Invoice.InvoiceId), "sk"),
            null,
            new IndexMetadata("ByNumber", true, Property<Invoice>(nameof(Invoice.Number), "status", ScalarAttributeType.N), null));
        var model = Model([.. Orders().Entities, invoice]);

        var exception = Assert.Throws<EntityConfigurationException>(() => TableDefinitions.Build(model, Names));

        Assert.Contains("attribute 'status' of table 'dev-Orders-x'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ThrowsNamingProperty_WhenSharedTableHasTwoTtlAttributes()
    {
        var invoice = Entity<Invoice>(
            "Orders",
            Property<Invoice>(nameof(Invoice.CustomerId), "pk"),
            Property<Invoice>(nameof(Invoice.InvoiceId), "sk"),
            Property<Invoice>(nameof(Invoice.ExpiresAt), "expires", ScalarAttributeType.N));
        var model = Model([.. Orders().Entities, invoice]);

        var exception = Assert.Throws<EntityConfigurationException>(() => TableDefinitions.Build(model, Names));

        Assert.Equal(typeof(Order), exception.EntityType);
        Assert.Contains("Order.ExpiresAt uses time-to-live attribute 'expiresAt', but table 'dev-Orders-x' already uses 'expires'", exception.Message, StringComparison.Ordinal);
    }
}
