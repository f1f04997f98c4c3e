using Ardalis.Specification;
using Dynamo.Repositories;
using Ordering.Application;
using Ordering.Domain;

namespace Ordering.Infrastructure;

/// <summary>Found by assembly scanning and resolvable as IOrderRepository and as IDynamoRepository&lt;Order&gt;.</summary>
public sealed class OrderRepository(DynamoContext context) : DynamoRepository<Order>(context), IOrderRepository
{
    public async Task<IReadOnlyList<Order>> LargeOrdersAsync(string customerId, decimal minimumTotal, CancellationToken cancellationToken = default) =>
        await ListAsync(new LargeOrdersSpec(customerId, minimumTotal), cancellationToken).ConfigureAwait(false);

    private sealed class LargeOrdersSpec : Specification<Order>
    {
        public LargeOrdersSpec(string customerId, decimal minimumTotal) =>
            Query.Where(o => o.CustomerId == customerId && o.Total >= minimumTotal);
    }
}
