using Dynamo.Repositories;
using Ordering.Domain;

namespace Ordering.Application;

/// <summary>Places an order and debits the customer, atomically, in one unit of work.</summary>
public sealed class PlaceOrderHandler(
    IDynamoRepository<Customer> customers,
    IDynamoRepository<Order> orders,
    IUnitOfWork unitOfWork,
    TimeProvider timeProvider)
{
    public async Task<Order> HandleAsync(PlaceOrder command, CancellationToken cancellationToken = default)
    {
        var customer = await customers.GetAsync(command.CustomerId, cancellationToken)
            ?? throw new CustomerNotFoundException(command.CustomerId);
        var order = Order.Place(customer.Id, new OrderId(command.OrderId), command.Lines, timeProvider.GetUtcNow());
        customer.Spend(order.Total);
        customers.Update(customer);                          // staged
        orders.Add(order);                                   // staged
        await unitOfWork.SaveChangesAsync(cancellationToken); // one TransactWriteItems
        return order;
    }
}
