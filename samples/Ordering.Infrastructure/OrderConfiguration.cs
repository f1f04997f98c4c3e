using Dynamo.Repositories.Mapping;
using Ordering.Domain;

namespace Ordering.Infrastructure;

/// <summary>Maps orders to the "Orders" table, keyed by customer and order id, with an index by status.</summary>
public sealed class OrderConfiguration : IDynamoEntityConfiguration<Order>
{
    public void Configure(DynamoEntityBuilder<Order> order)
    {
        order.ToTable("Orders");
        order.HasPartitionKey(o => o.CustomerId);
        order.HasSortKey(o => o.OrderId);
        order.HasVersion(o => o.Version);
        order.Property(o => o.Total).HasAttributeName("total");
        order.Property(o => o.Status).HasAttributeName("status");
        order.Ignore(o => o.IsLarge);
        order.Ignore(o => o.DomainEvents);
        order.HasDomainEvents(o => o.DomainEvents, o => o.ClearDomainEvents());
        order.HasGlobalIndex("ByStatus", o => o.Status, o => o.PlacedAt);
    }
}
