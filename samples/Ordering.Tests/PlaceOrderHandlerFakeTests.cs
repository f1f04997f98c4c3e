using Dynamo.Repositories;
using Dynamo.Repositories.Testing.Fakes;
using Microsoft.Extensions.Time.Testing;
using Ordering.Application;
using Ordering.Domain;
using Ordering.Infrastructure;
using Xunit;

namespace Ordering.Tests;

/// <summary>
/// The handler tested with the library's in-memory fakes: the production mapping (the sample's configurations), the
/// production staging and concurrency rules, no DynamoDB and no hand-written mocks. Assertions read the stored
/// state and the committed writes instead of verifying calls.
/// </summary>
public sealed class PlaceOrderHandlerFakeTests
{
    private readonly InMemoryDynamoStore _store = new(new CustomerConfiguration(), new OrderConfiguration());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HandleAsync_DebitsCustomerAndCommitsUpdateAndAdd_WhenCustomerCanPay()
    {
        _store.Seed(new Customer("alice", "Alice", 100m));

        var order = await Handler().HandleAsync(new PlaceOrder("alice", "o-1", [new OrderLine("book", 2, 15m)]), Token);

        Assert.Collection(
            _store.Committed,
            c => Assert.Equal((typeof(Customer), StagedWriteKind.Update, "(alice)"), (c.EntityType, c.Kind, c.Key)),
            o => Assert.Equal((typeof(Order), StagedWriteKind.Add, "(alice, o-1)"), (o.EntityType, o.Kind, o.Key)));
        var customer = await _store.Repository<Customer>().GetAsync("alice", Token);
        Assert.Equal(70m, customer!.Balance);
        Assert.Equal(1, customer.OrdersPlaced);
        Assert.Equal(1, customer.Version);
        Assert.Equal(1, order.Version);
        var stored = Assert.Single(await _store.Repository<Order>().ListAsync(new OrdersOfCustomerSpec("alice"), Token));
        Assert.Equal((30m, _time.GetUtcNow(), OrderStatus.Placed), (stored.Total, stored.PlacedAt, stored.Status));
    }

    [Fact]
    public async Task HandleAsync_DispatchesOrderPlacedOnceAfterTheCommit_AndNothingWhenItFails()
    {
        _store.Seed(new Customer("alice", "Alice", 100m));

        var order = await Handler().HandleAsync(new PlaceOrder("alice", "o-1", [new OrderLine("book", 2, 15m)]), Token);
        await Assert.ThrowsAsync<InsufficientBalanceException>(() => Handler().HandleAsync(new PlaceOrder("alice", "o-2", [new OrderLine("car", 1, 9000m)]), Token));

        Assert.Equal([new OrderPlaced("alice", "o-1", 30m)], _store.DispatchedEvents);
        Assert.Empty(order.DomainEvents);
    }

    [Fact]
    public async Task HandleAsync_FailsAndCommitsNothing_WhenOrderIdAlreadyExists()
    {
        _store.Seed(new Customer("alice", "Alice", 100m));
        await Handler().HandleAsync(new PlaceOrder("alice", "o-1", [new OrderLine("book", 1, 10m)]), Token);
        _store.ClearCommitted();

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Handler().HandleAsync(new PlaceOrder("alice", "o-1", [new OrderLine("lamp", 1, 50m)]), Token));

        Assert.Equal(typeof(Order), error.EntityType);
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Empty(_store.Committed);
        Assert.Equal(90m, (await _store.Repository<Customer>().GetAsync("alice", Token))!.Balance);
        Assert.Equal(10m, (await _store.Repository<Order>().GetAsync("alice", "o-1", Token))!.Total);
    }

    [Fact]
    public async Task HandleAsync_ThrowsConcurrencyConflict_WhenCustomerChangedAfterItWasRead()
    {
        _store.Seed(new Customer("alice", "Alice", 100m));

        // Another writer renames the customer between the handler's read and its commit.
        var customers = new InterleavingRepository<Customer>(_store, async () =>
        {
            var other = await _store.Repository<Customer>().GetAsync("alice", Token);
            other!.Rename("Alice B.");
            await _store.Repository<Customer>().UpdateAsync(other, Token);
        });
        var handler = new PlaceOrderHandler(customers, _store.Repository<Order>(), _store.UnitOfWork, _time);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => handler.HandleAsync(new PlaceOrder("alice", "o-2", [new OrderLine("pen", 1, 5m)]), Token));

        Assert.Equal((0L, 1L), (error.ExpectedVersion, error.StoredVersion));
        var customer = await _store.Repository<Customer>().GetAsync("alice", Token);
        Assert.Equal((100m, "Alice B."), (customer!.Balance, customer.Name));
        Assert.Null(await _store.Repository<Order>().GetAsync("alice", "o-2", Token));
    }

    private PlaceOrderHandler Handler() =>
        new(_store.Repository<Customer>(), _store.Repository<Order>(), _store.UnitOfWork, _time);

    /// <summary>A fake repository that lets another writer run right after each key read.</summary>
    private sealed class InterleavingRepository<T>(InMemoryDynamoStore store, Func<Task> afterRead) : DynamoRepository<T>(store.Context)
        where T : class
    {
        public override async Task<T?> GetAsync(object partitionKey, CancellationToken cancellationToken = default)
        {
            var entity = await base.GetAsync(partitionKey, cancellationToken);
            await afterRead();
            return entity;
        }
    }
}
