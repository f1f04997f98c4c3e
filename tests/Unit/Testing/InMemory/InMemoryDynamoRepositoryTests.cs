using Ardalis.Specification;
using Dynamo.Repositories.Testing.InMemory;
using Dynamo.Repositories.UnitTests.Query;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

public sealed class InMemoryDynamoRepositoryTests
{
    private readonly InMemoryUnitOfWork _unitOfWork = new(new OrderConfiguration(), new CustomerConfiguration());
    private readonly InMemoryDynamoRepository<Order> _orders;
    private readonly InMemoryDynamoRepository<Customer> _customers;

    public InMemoryDynamoRepositoryTests()
    {
        _orders = new InMemoryDynamoRepository<Order>(_unitOfWork);
        _customers = new InMemoryDynamoRepository<Customer>(_unitOfWork);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_EvaluatesTheSpecification_InSortKeyOrder()
    {
        var orders = QueryHarness.NewOrders(6);
        _unitOfWork.Seed(orders.AsEnumerable().Reverse().ToArray());
        _unitOfWork.Seed(QueryHarness.NewOrders(3, "c-2", seed: 7).ToArray());

        var found = await _orders.ListAsync(Specs.Orders(o => o.CustomerId == "c-1" && o.OrderId.StartsWith("o-000"), q => q.Take(4)), Ct);

        Assert.Equal(orders.Take(4).Select(o => o.OrderId), found.Select(o => o.OrderId));
    }

    [Fact]
    public async Task ListAsync_RefusesWhatDynamoRefuses()
    {
        await Assert.ThrowsAsync<ScanNotAllowedException>(() => _orders.ListAsync(Specs.Orders(o => o.Total > 3), Ct));
        await Assert.ThrowsAsync<UnsupportedSpecificationException>(() => _orders.ListAsync(Specs.Orders(o => o.CustomerId == "c-1", q => q.OrderBy(o => o.Name!)), Ct));
    }

    [Fact]
    public async Task SaveChangesAsync_CommitsAtomically_AndRecordsTheWrites()
    {
        var order = QueryHarness.NewOrders(1)[0];
        order.Version = 0;
        _orders.Add(order);
        _customers.Add(new Customer { Id = "cust-1", Name = "Ann" });

        Assert.Equal(2, _unitOfWork.PendingCount);
        Assert.Equal(2, await _unitOfWork.SaveChangesAsync(Ct));

        Assert.Equal(1, order.Version);
        Assert.Equal([StagedWriteKind.Add, StagedWriteKind.Add], _unitOfWork.Committed.Select(w => w.Kind));
        Assert.Equal(1, _unitOfWork.CommitCount);
        Assert.Equal("Ann", (await _customers.GetByIdAsync("cust-1", Ct))?.Name);
    }

    [Fact]
    public async Task SaveChangesAsync_RejectsAnExistingKeyAndAStaleVersion_WritingNothing()
    {
        var stored = QueryHarness.NewOrders(2);
        _unitOfWork.Seed(stored.ToArray());
        var stale = (await _orders.GetByIdAsync(new EntityKey("c-1", stored[0].OrderId), Ct))!;
        stale.Version = 0;
        stale.Name = "changed";
        _orders.Update(stale);
        _customers.Add(new Customer { Id = "cust-2" });

        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _unitOfWork.SaveChangesAsync(Ct));

        Assert.Equal(1, ex.StoredVersion);
        Assert.Equal(0, ex.ExpectedVersion);
        Assert.Equal(2, _unitOfWork.PendingCount);
        Assert.Empty(_unitOfWork.Items<Customer>());
        Assert.NotEqual("changed", _unitOfWork.Items<Order>().Single(o => o.OrderId == stored[0].OrderId).Name);

        _unitOfWork.DiscardChanges();
        _orders.Add(QueryHarness.NewOrders(1)[0]);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _unitOfWork.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task PageAsync_ReturnsEveryItemOnce_AndRejectsAForeignToken()
    {
        _unitOfWork.Seed(QueryHarness.NewOrders(10).ToArray());
        var spec = Specs.Orders(o => o.CustomerId == "c-1");
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await _orders.PageAsync(spec, 3, token, Ct);
            seen.AddRange(page.Items.Select(o => o.OrderId));
            token = page.ContinuationToken;
            if (seen.Count == 3)
            {
                await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => _orders.PageAsync(Specs.Orders(o => o.CustomerId == "c-2"), 3, token, Ct));
            }
        }
        while (token is not null);

        Assert.Equal(10, seen.Distinct().Count());
        Assert.Equal(10, seen.Count);
    }

    [Fact]
    public async Task DeleteRangeAsync_DeletesTheMatches_ThroughTheUnitOfWork()
    {
        _unitOfWork.Seed(QueryHarness.NewOrders(5).ToArray());

        var deleted = await _orders.DeleteRangeAsync(Specs.Orders(o => o.CustomerId == "c-1" && o.OrderId.CompareTo("o-0002") >= 0), Ct);

        Assert.Equal(3, deleted);
        Assert.Equal(["o-0000", "o-0001"], _unitOfWork.Items<Order>().Select(o => o.OrderId).Order());
        Assert.All(_unitOfWork.Committed, w => Assert.Equal(StagedWriteKind.Delete, w.Kind));
    }

    [Fact]
    public async Task GetManyAsync_ReportsMissingKeys_InTheOrderAsked()
    {
        _unitOfWork.Seed(new Customer { Id = "a" }, new Customer { Id = "c" });

        var result = await _customers.GetManyAsync([new EntityKey("c"), new EntityKey("b"), new EntityKey("a")], Ct);

        Assert.Equal(["c", "a"], result.Found.Select(c => c.Id));
        Assert.Equal([new EntityKey("b")], result.Missing);
    }

    [Fact]
    public async Task Check_FailsTheCommit_WhenTheConditionDoesNotHold()
    {
        _unitOfWork.Seed(new Customer { Id = "a", Points = 1 });
        _customers.Check(new EntityKey("a"), c => c.Points > 5);
        _customers.Add(new Customer { Id = "b" });

        await Assert.ThrowsAsync<ConditionCheckFailedException>(() => _unitOfWork.SaveChangesAsync(Ct));

        Assert.Single(_unitOfWork.Items<Customer>());
    }
}
