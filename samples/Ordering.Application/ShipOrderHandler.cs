using Dynamo.Repositories;
using Ordering.Domain;

namespace Ordering.Application;

/// <summary>Ships a placed order (a single conditional, version-checked UpdateItem).</summary>
public sealed class ShipOrderHandler(IDynamoRepository<Order> orders)
{
    public async Task<Order> HandleAsync(string customerId, string orderId, string? note, CancellationToken cancellationToken = default)
    {
        var order = await orders.GetAsync(customerId, orderId, cancellationToken)
            ?? throw new InvalidOperationException($"Order {orderId} of customer {customerId} does not exist.");
        order.Ship(note);
        await orders.UpdateAsync(order, cancellationToken);
        return order;
    }
}
