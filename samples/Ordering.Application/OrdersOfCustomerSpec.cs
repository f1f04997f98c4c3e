using Ardalis.Specification;
using Ordering.Domain;

namespace Ordering.Application;

/// <summary>A customer's orders, newest id first: a Query on the table's partition key, descending on the sort key.</summary>
public sealed class OrdersOfCustomerSpec : Specification<Order>
{
    public OrdersOfCustomerSpec(string customerId, int take = 10)
    {
        Query.Where(o => o.CustomerId == customerId)
             .OrderByDescending(o => o.OrderId)
             .Take(take);
    }
}
