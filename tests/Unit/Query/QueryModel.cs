using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.UnitTests.Query;

public enum OrderStatus
{
    Placed,
    Shipped,
    Cancelled,
}

public sealed class Address
{
    public string? City { get; set; }

    public string? Zip { get; set; }
}

/// <summary>A composite-key entity with a GSI, an LSI and reserved-word attribute names.</summary>
public sealed class Order
{
    public string CustomerId { get; set; } = string.Empty;

    public string OrderId { get; set; } = string.Empty;

    public OrderStatus Status { get; set; }

    public decimal Total { get; set; }

    public DateTime PlacedAt { get; set; }

    public string? Name { get; set; }

    public List<string>? Tags { get; set; }

    public string? Notes { get; set; }

    public Address? Shipping { get; set; }

    public int? Priority { get; set; }

    public bool IsGift { get; set; }

    public long Version { get; set; }

    public string Secret { get; set; } = string.Empty;
}

/// <summary>A partition-key-only entity.</summary>
public sealed class Customer
{
    public string Id { get; set; } = string.Empty;

    public string? Name { get; set; }

    public int Points { get; set; }
}

public sealed class OrderConfiguration : IDynamoEntityConfiguration<Order>
{
    public void Configure(DynamoEntityBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.HasPartitionKey(o => o.CustomerId);
        builder.HasSortKey(o => o.OrderId);
        builder.HasVersion(o => o.Version);
        builder.Property(o => o.Status).HasAttributeName("status");
        builder.Property(o => o.Name).HasAttributeName("name");
        builder.Property(o => o.PlacedAt).HasAttributeName("date");
        builder.Property(o => o.Priority).HasAttributeName("size");
        builder.Property(o => o.Notes).HasAttributeName("ttl");
        builder.Ignore(o => o.Secret);
        builder.HasGlobalIndex("ByStatus", o => o.Status, o => o.PlacedAt);
        builder.HasLocalIndex("ByTotal", o => o.Total);
    }
}

public sealed class CustomerConfiguration : IDynamoEntityConfiguration<Customer>
{
    public void Configure(DynamoEntityBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.HasPartitionKey(c => c.Id);
    }
}

internal static class QueryModel
{
    private static readonly Lazy<EntityModel> Model = new(() => EntityModelBuilder.Build([new OrderConfiguration(), new CustomerConfiguration()]));

    public static EntityModel Instance => Model.Value;

    public static EntityMetadata<Order> Orders => Instance.Get<Order>();

    public static EntityMetadata<Customer> Customers => Instance.Get<Customer>();
}
