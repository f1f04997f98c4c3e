using Dynamo.Repositories;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Ordering.Application;
using Ordering.Domain;
using Xunit;

namespace Ordering.Tests;

/// <summary>The handler tested with NSubstitute mocks of the library's interfaces: no DynamoDB, no AWS types.</summary>
public sealed class PlaceOrderHandlerSubstituteTests
{
    private readonly IDynamoRepository<Customer> _customers = Substitute.For<IDynamoRepository<Customer>>();
    private readonly IDynamoRepository<Order> _orders = Substitute.For<IDynamoRepository<Order>>();
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task HandleAsync_StagesDebitAndOrderThenCommitsOnce_WhenCustomerCanPay()
    {
        var customer = new Customer("alice", "Alice", 100m);
        _customers.GetAsync("alice", Arg.Any<CancellationToken>()).Returns(customer);
        var handler = new PlaceOrderHandler(_customers, _orders, _unitOfWork, _time);

        var order = await handler.HandleAsync(new PlaceOrder("alice", "o-1", [new OrderLine("book", 2, 15m)]), TestContext.Current.CancellationToken);

        Assert.Equal(30m, order.Total);
        Assert.Equal(_time.GetUtcNow(), order.PlacedAt);
        Assert.Equal(70m, customer.Balance);
        Received.InOrder(() =>
        {
            _customers.Update(customer);
            _orders.Add(order);
            _unitOfWork.SaveChangesAsync(Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task HandleAsync_StagesAndCommitsNothing_WhenBalanceIsTooLow()
    {
        _customers.GetAsync("bob", Arg.Any<CancellationToken>()).Returns(new Customer("bob", "Bob", 5m));
        var handler = new PlaceOrderHandler(_customers, _orders, _unitOfWork, _time);

        await Assert.ThrowsAsync<InsufficientBalanceException>(
            () => handler.HandleAsync(new PlaceOrder("bob", "o-2", [new OrderLine("lamp", 1, 50m)]), TestContext.Current.CancellationToken));

        _orders.DidNotReceiveWithAnyArgs().Add(default!);
        await _unitOfWork.DidNotReceiveWithAnyArgs().SaveChangesAsync(default);
    }

    [Fact]
    public async Task HandleAsync_Throws_WhenCustomerDoesNotExist()
    {
        var handler = new PlaceOrderHandler(_customers, _orders, _unitOfWork, _time);

        var error = await Assert.ThrowsAsync<CustomerNotFoundException>(
            () => handler.HandleAsync(new PlaceOrder("nobody", "o-3", []), TestContext.Current.CancellationToken));

        Assert.Contains("nobody", error.Message, StringComparison.Ordinal);
    }
}
