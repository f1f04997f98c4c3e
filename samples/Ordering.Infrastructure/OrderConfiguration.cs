using Dynamo.Repositories.Mapping;
using Ordering.Domain;

namespace Ordering.Infrastructure;

/// <summary>
/// Maps orders to the "Orders" table, keyed by customer and order id, with an index by status: keys, version and
/// index only. The strongly-typed OrderId, the lines behind their private field and the constructors need nothing.
/// </summary>
public sealed class OrderConfiguration : IDynamoEntityConfiguration<Order>
{
    public void Configure(DynamoEntityBuilder<Order> order)
    {
        order.ToTable("Orders");
        order.HasPartitionKey(o => o.CustomerId);
        order.HasSortKey(o => o.OrderId);
        order.HasVersion(o => o.Version);
        order.Ignore(o => o.DomainEvents); // kept in a private list the model must not store
        order.HasDomainEvents(o => o.DomainEvents, o => o.ClearDomainEvents());
        order.HasGlobalIndex("ByStatus", o => o.Status, o => o.PlacedAt);
    }
}
