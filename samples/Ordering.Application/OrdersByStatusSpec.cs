using Ardalis.Specification;
using Ordering.Domain;

namespace Ordering.Application;

/// <summary>Orders in a status, oldest first: a Query on the ByStatus global secondary index, with a filter.</summary>
public sealed class OrdersByStatusSpec : Specification<Order>
{
    public OrdersByStatusSpec(OrderStatus status, decimal minimumTotal = 0m)
    {
        Query.Where(o => o.Status == status && o.Total >= minimumTotal)
             .OrderBy(o => o.PlacedAt);
    }
}
