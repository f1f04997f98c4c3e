using Dynamo.Repositories;
using Ordering.Domain;

namespace Ordering.Application;

/// <summary>A custom repository: the generic one plus a query the application names.</summary>
public interface IOrderRepository : IDynamoRepository<Order>
{
    /// <summary>Lists a customer's orders whose total is at least the given amount.</summary>
    Task<IReadOnlyList<Order>> LargeOrdersAsync(string customerId, decimal minimumTotal, CancellationToken cancellationToken = default);
}
