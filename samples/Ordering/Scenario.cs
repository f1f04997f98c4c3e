using Dynamo.Repositories;
using Dynamo.Repositories.Events;
using Microsoft.Extensions.DependencyInjection;
using Ordering.Application;
using Ordering.Domain;

namespace Ordering;

/// <summary>The sample's story: customers, orders in units of work, a version conflict, an atomic rollback, queries.</summary>
internal static class Scenario
{
    public static async Task RunAsync(IServiceProvider services, TextWriter output, SpanPrinter? spans = null)
    {
        // 1. Register a customer: AddAsync stages an Add and commits it (one conditional PutItem).
        await using (var scope = services.CreateAsyncScope())
        {
            var customers = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Customer>>();
            await customers.AddAsync(new Customer("alice", "Alice", 500m));
            output.WriteLine("Registered customer alice with a balance of 500.");
        }

        // 2. Place two orders: each debits the customer and adds the order in one TransactWriteItems.
        foreach (var (orderId, lines) in new[]
        {
            ("o-1001", new[] { new OrderLine("book", 2, 20m), new OrderLine("pen", 5, 2m) }),
            ("o-1002", new[] { new OrderLine("lamp", 1, 120m) }),
        })
        {
            await using var scope = services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<PlaceOrderHandler>();
            Order order;
            using (var root = spans is null ? null : SpanPrinter.StartRoot($"PlaceOrder {orderId}"))
            {
                order = await handler.HandleAsync(new PlaceOrder("alice", orderId, lines));
                root?.Stop();
                if (root is not null)
                {
                    output.WriteLine("The trace of this unit of work (spans of the Dynamo.Repositories activity source):");
                    spans!.Print(root, output);
                }
            }

            output.WriteLine($"Placed order {order.OrderId} for {order.Total} (order version {order.Version}).");
            spans = null; // the trace of the first unit of work is enough
        }

        // 3. Ship an order: one version-checked UpdateItem.
        await using (var scope = services.CreateAsyncScope())
        {
            var shipped = await scope.ServiceProvider.GetRequiredService<ShipOrderHandler>().HandleAsync("alice", "o-1001", "left at the door");
            output.WriteLine($"Shipped order {shipped.OrderId} (order version {shipped.Version}).");
        }

        await ShowOutboxRelayAsync(services, output);
        await ShowVersionConflictAsync(services, output);
        await ShowAtomicRollbackAsync(services, output);
        await ShowQueriesAsync(services, output);
    }

    private static async Task ShowOutboxRelayAsync(IServiceProvider services, TextWriter output)
    {
        // OrderPlaced is written to the outbox in the order's own transaction; with the handlers down it stays undelivered.
        var dispatcher = services.GetRequiredService<DispatcherSwitch>();
        dispatcher.Output = output;
        dispatcher.Down = true;
        await using (var scope = services.CreateAsyncScope())
        {
            var order = await scope.ServiceProvider.GetRequiredService<PlaceOrderHandler>().HandleAsync(new PlaceOrder("alice", "o-1003", [new OrderLine("mug", 1, 9m)]));
            output.WriteLine($"Placed order {order.OrderId} while the event handlers were down: OrderPlaced waits in the outbox.");
        }

        dispatcher.Down = false;
        var delivered = await services.GetRequiredService<IOutboxRelay>().DeliverPendingAsync();
        output.WriteLine($"The outbox relay delivered {delivered} waiting event(s).");
    }

    private static async Task ShowVersionConflictAsync(IServiceProvider services, TextWriter output)
    {
        // Two requests load the same customer; the first to save wins, the second gets a ConcurrencyConflictException.
        await using var first = services.CreateAsyncScope();
        await using var second = services.CreateAsyncScope();
        var firstRepository = first.ServiceProvider.GetRequiredService<IDynamoRepository<Customer>>();
        var secondRepository = second.ServiceProvider.GetRequiredService<IDynamoRepository<Customer>>();
        var seenByFirst = await firstRepository.GetAsync("alice") ?? throw new CustomerNotFoundException("alice");
        var seenBySecond = await secondRepository.GetAsync("alice") ?? throw new CustomerNotFoundException("alice");

        seenByFirst.Rename("Alice Liddell");
        await firstRepository.UpdateAsync(seenByFirst);
        output.WriteLine($"First writer saved customer alice (version {seenByFirst.Version}).");

        seenBySecond.Rename("Alice L.");
        try
        {
            await secondRepository.UpdateAsync(seenBySecond);
            throw new InvalidOperationException("The stale write was expected to fail.");
        }
        catch (ConcurrencyConflictException conflict)
        {
            output.WriteLine($"Second writer refused: {conflict.Message}");
            second.ServiceProvider.GetRequiredService<IUnitOfWork>().DiscardChanges();
        }
    }

    private static async Task ShowAtomicRollbackAsync(IServiceProvider services, TextWriter output)
    {
        // Placing an order whose id already exists fails the whole transaction: the customer is not debited either.
        await using (var scope = services.CreateAsyncScope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<PlaceOrderHandler>();
            try
            {
                await handler.HandleAsync(new PlaceOrder("alice", "o-1002", [new OrderLine("mug", 1, 8m)]));
                throw new InvalidOperationException("The duplicate order was expected to fail.");
            }
            catch (ConcurrencyConflictException conflict)
            {
                output.WriteLine($"Duplicate order refused, nothing written: {conflict.Message}");
                scope.ServiceProvider.GetRequiredService<IUnitOfWork>().DiscardChanges();
            }
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var customer = await scope.ServiceProvider.GetRequiredService<IDynamoRepository<Customer>>().GetAsync("alice");
            output.WriteLine($"Customer {customer?.Name} still has a balance of {customer?.Balance} after {customer?.OrdersPlaced} orders.");
        }
    }

    private static async Task ShowQueriesAsync(IServiceProvider services, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var orders = scope.ServiceProvider.GetRequiredService<IOrderRepository>();

        var ofCustomer = await orders.ListAsync(new OrdersOfCustomerSpec("alice"));
        output.WriteLine($"Orders of alice, newest first: {string.Join(", ", ofCustomer.Select(o => $"{o.OrderId} ({o.Status})"))}");

        var placed = await orders.ListAsync(new OrdersByStatusSpec(OrderStatus.Placed));
        output.WriteLine($"Placed orders (ByStatus index): {string.Join(", ", placed.Select(o => o.OrderId))}");

        var large = await orders.LargeOrdersAsync("alice", 100m);
        output.WriteLine($"Large orders of alice (custom repository): {string.Join(", ", large.Select(o => $"{o.OrderId} = {o.Total}"))}");

        var page = await orders.PageAsync(new OrdersOfCustomerSpec("alice"), pageSize: 1);
        output.WriteLine($"First page of one: {page.Items[0].OrderId}; more: {page.HasMore}");
    }
}
