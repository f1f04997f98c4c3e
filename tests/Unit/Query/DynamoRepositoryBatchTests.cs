using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

public sealed class DynamoRepositoryBatchTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetManyAsync_ReadsInChunksOf100_InTheOrderAsked_AndReportsMissingKeys()
    {
        var orders = RepositoryHarness.NewOrders(250);
        var stored = orders.Where((_, i) => i % 10 != 3).ToDictionary(o => o.OrderId);
        _harness.Client.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            var keys = call.Arg<BatchGetItemRequest>().RequestItems["test-Orders"].Keys;
            var found = keys.Select(k => k["OrderId"].S).Where(stored.ContainsKey).Reverse().Select(id => QueryModel.Orders.ToItem(stored[id])).ToList();
            return new BatchGetItemResponse { Responses = new() { ["test-Orders"] = found } };
        });

        var result = await _harness.Orders.GetManyAsync(orders.Select(o => new EntityKey(o.CustomerId, o.OrderId)), Ct);

        Assert.Equal([100, 100, 50], _harness.BatchGets.Select(b => b.Count));
        Assert.Equal(stored.Keys, result.Found.Select(o => o.OrderId));
        Assert.Equal(orders.Where((_, i) => i % 10 == 3).Select(o => o.OrderId), result.Missing.Select(k => (string)k.SortKey!));
    }

    [Fact]
    public async Task GetManyAsync_RetriesUnprocessedKeys_AfterABackoff()
    {
        var orders = RepositoryHarness.NewOrders(3);
        var items = RepositoryHarness.Items(orders);
        _harness.Client.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).Returns(
            new BatchGetItemResponse
            {
                Responses = new() { ["test-Orders"] = [items[0]] },
                UnprocessedKeys = new() { ["test-Orders"] = new KeysAndAttributes { Keys = [QueryModel.Orders.KeyOf(orders[1]), QueryModel.Orders.KeyOf(orders[2])] } },
            },
            new BatchGetItemResponse { Responses = new() { ["test-Orders"] = [items[2], items[1]] } });

        var task = _harness.Orders.GetManyAsync(orders.Select(o => new EntityKey(o.CustomerId, o.OrderId)), Ct);
        Assert.False(task.IsCompleted);
        var result = await _harness.DriveAsync(task);

        Assert.Equal(orders.Select(o => o.OrderId), result.Found.Select(o => o.OrderId));
        Assert.Empty(result.Missing);
        Assert.Equal([3, 2], _harness.BatchGets.Select(b => b.Count));
    }

    [Fact]
    public async Task GetManyAsync_GivesUp_WhenKeysStayUnprocessed()
    {
        var orders = RepositoryHarness.NewOrders(2);
        _harness.Client.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).Returns(call => new BatchGetItemResponse
        {
            UnprocessedKeys = new() { ["test-Orders"] = new KeysAndAttributes { Keys = call.Arg<BatchGetItemRequest>().RequestItems["test-Orders"].Keys } },
        });

        var ex = await Assert.ThrowsAsync<BatchIncompleteException>(() =>
            _harness.DriveAsync(_harness.Orders.GetManyAsync(orders.Select(o => new EntityKey(o.CustomerId, o.OrderId)), Ct)));

        Assert.Equal(2, ex.UnprocessedCount);
        Assert.Equal(typeof(Order), ex.EntityType);
    }

    [Fact]
    public async Task GetManyAsync_RejectsDuplicateKeys_BeforeSendingAnything()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            _harness.Orders.GetManyAsync([new EntityKey("c-1", "o-1"), new EntityKey("c-2", "o-1"), new EntityKey("c-1", "o-1")], Ct));

        Assert.Contains("(c-1, o-1)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, _harness.CallCount());
    }
}
