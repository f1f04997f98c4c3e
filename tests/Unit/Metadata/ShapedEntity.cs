using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.UnitTests.Metadata;

/// <summary>An entity exercising keys, renames, ignores, versions, TTL, converters and the kinds of setters.</summary>
public sealed class ShapedEntity
{
    public ShapedEntity(string customerId, Money total)
    {
        CustomerId = customerId;
        Total = total;
        Immutable = "set-by-constructor";
    }

    private ShapedEntity()
    {
        CustomerId = "";
        Total = new Money(0, "EUR");
        Immutable = "";
    }

    public string CustomerId { get; private set; }

    public int OrderNumber { get; init; }

    public string Immutable { get; }

    public Money Total { get; set; }

    public long? Version { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public string Status { get; set; } = "new";

    public bool IsLarge => Total.Amount > 100;

    public string? Secret { get; set; }
}

public sealed record Money(decimal Amount, string Currency);

/// <summary>Stores Money as "EUR:12.50"; a converter for a type the library does not support.</summary>
public sealed class MoneyConverter : DynamoConverter<Money>
{
    public override ScalarAttributeType? KeyType => ScalarAttributeType.S;

    public override AttributeValue Write(Money value) =>
        new() { S = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value.Currency}:{value.Amount}") };

    public override Money Read(AttributeValue value)
    {
        var parts = value.S.Split(':');
        return new Money(decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[0]);
    }
}

public sealed class ShapedEntityConfiguration : IDynamoEntityConfiguration<ShapedEntity>
{
    public void Configure(DynamoEntityBuilder<ShapedEntity> builder)
    {
        builder.ToTable("Orders");
        builder.HasPartitionKey(x => x.CustomerId);
        builder.HasSortKey(x => x.OrderNumber);
        builder.HasVersion(x => x.Version);
        builder.HasTimeToLive(x => x.ExpiresAt);
        builder.Property(x => x.CustomerId).HasAttributeName("pk");
        builder.Property(x => x.OrderNumber).HasAttributeName("sk");
        builder.Property(x => x.Total).HasAttributeName("total").HasConverter(new MoneyConverter());
        builder.Ignore(x => x.Secret);
        builder.HasGlobalIndex("ByStatus", x => x.Status, x => x.OrderNumber);
        builder.HasLocalIndex("ByExpiry", x => x.ExpiresAt);
    }
}
