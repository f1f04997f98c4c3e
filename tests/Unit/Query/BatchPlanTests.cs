using System.Linq.Expressions;
using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.TestDomain.Contributors;
using Dynamo.Repositories.UnitTests.Harness;
using Dynamo.Repositories.UnitTests.Mapping;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

public sealed class BatchPlanTests
{
    private static readonly EntityMetadata<Contributor> Contributors = EntityModelBuilder.Build([new Configuration<Contributor>(b => b.HasPartitionKey(x => x.Id))]).Get<Contributor>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static QueryPlan PlanOrders(Expression<Func<Order, bool>> where, Action<ISpecificationBuilder<Order>>? more = null) =>
        QueryPlanner<Order>.Plan(QueryModel.Orders, Specs.Orders(where, more), new DynamoRepositoryOptions(), "dev-Orders");

    [Fact]
    public void Plan_ReadsWrappedIdsWithBatchGet_InTheirOrder_EachOnce()
    {
        ContributorId[] ids = [ContributorId.From(3), ContributorId.From(1), ContributorId.From(3)];
        var spec = new Specification<Contributor>();
        spec.Query.Where(c => ids.Contains(c.Id));

        var plan = QueryPlanner<Contributor>.Plan(Contributors, spec, new DynamoRepositoryOptions(), "Contributor");

        Assert.Equal(QueryOperation.BatchGet, plan.Operation);
        Assert.Equal(["3", "1"], plan.Keys!.Select(k => k["Id"].N));
    }

    [Fact]
    public void Plan_ReadsAPinnedPartitionAndAListOfSortKeysWithBatchGet()
    {
        var orderIds = new List<string> { "o-2", "o-1" };

        var plan = PlanOrders(o => o.CustomerId == "c-1" && orderIds.Contains(o.OrderId));

        Assert.Equal(QueryOperation.BatchGet, plan.Operation);
        Assert.Equal(["c-1/o-2", "c-1/o-1"], plan.Keys!.Select(k => $"{k["CustomerId"].S}/{k["OrderId"].S}"));
    }

    [Fact]
    public void Plan_ReadsAnOrOfFullKeysWithBatchGet()
    {
        var plan = PlanOrders(o => (o.CustomerId == "c-1" && o.OrderId == "o-1") || (o.CustomerId == "c-2" && o.OrderId == "o-9"));

        Assert.Equal(QueryOperation.BatchGet, plan.Operation);
        Assert.Equal(["c-1/o-1", "c-2/o-9"], plan.Keys!.Select(k => $"{k["CustomerId"].S}/{k["OrderId"].S}"));
    }

    [Fact]
    public void Plan_IsNotABatch_WhenAnOrLeavesTheSortKeyOpen()
    {
        var ex = Assert.Throws<ScanNotAllowedException>(() => PlanOrders(o => o.CustomerId == "c-1" || o.CustomerId == "c-2"));

        Assert.Contains("scan", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_RefusesAConditionBesideTheKeys_SayingWhatToDo()
    {
        var orderIds = new[] { "o-1" };

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => PlanOrders(o => o.CustomerId == "c-1" && orderIds.Contains(o.OrderId) && o.Total > 5m));

        Assert.Contains("BatchGetItem", ex.Message, StringComparison.Ordinal);
        Assert.Contains("filter the entities in memory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_RefusesOrderBy_OfABatch()
    {
        var orderIds = new[] { "o-1" };

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => PlanOrders(o => o.CustomerId == "c-1" && orderIds.Contains(o.OrderId), q => q.OrderBy(o => o.Name)));

        Assert.Contains("order of the ids", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_SendsBatchGetsOf100_ReturnsItemsInIdOrder_MissingAbsent_DuplicatesReadOnce()
    {
        var harness = new RepositoryHarness();
        var ids = Enumerable.Range(0, 150).Select(i => $"k-{i:D3}").Reverse().Append("k-010").ToList();
        _ = harness.Client.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            var keys = call.Arg<BatchGetItemRequest>().RequestItems["test-Customers"].Keys;
            var found = keys.Select(k => k["Id"].S).Where(id => !id.EndsWith('7')).Reverse()
                .Select(id => QueryModel.Customers.ToItem(new Customer { Id = id, Points = 1 })).ToList();
            return new BatchGetItemResponse { Responses = new() { ["test-Customers"] = found } };
        });
        var spec = new Specification<Customer>();
        spec.Query.Where(c => ids.Contains(c.Id));

        var result = await harness.Customers.ListAsync(spec, Ct);

        Assert.Equal([100, 50], harness.BatchGets.Select(b => b.Count));
        Assert.Equal(ids.Distinct().Where(id => !id.EndsWith('7')), result.Select(c => c.Id));
        Assert.Empty(harness.Queries);
        Assert.Empty(harness.Scans);
    }

    [Fact]
    public async Task FirstOrDefaultAsync_ReadsOnlyTheFirstChunk_AndRetriesItsUnprocessedKeys()
    {
        var harness = new RepositoryHarness();
        var ids = Enumerable.Range(0, 250).Select(i => $"k-{i:D3}").ToList();
        _ = harness.Client.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).Returns(
            new BatchGetItemResponse
            {
                Responses = new() { ["test-Customers"] = [QueryModel.Customers.ToItem(new Customer { Id = "k-005" })] },
                UnprocessedKeys = new() { ["test-Customers"] = new KeysAndAttributes { Keys = [new() { ["Id"] = new AttributeValue { S = "k-000" } }] } },
            },
            new BatchGetItemResponse { Responses = new() { ["test-Customers"] = [QueryModel.Customers.ToItem(new Customer { Id = "k-000" })] } });
        var spec = new Specification<Customer>();
        spec.Query.Where(c => ids.Contains(c.Id));

        var first = await harness.DriveAsync(harness.Customers.FirstOrDefaultAsync(spec, Ct));

        Assert.Equal("k-000", first?.Id);
        Assert.Equal([100, 1], harness.BatchGets.Select(b => b.Count));
    }

    [Fact]
    public async Task CountAsync_AndAnyAsync_ReadTheKeys()
    {
        var harness = new RepositoryHarness();
        _ = harness.Client.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).Returns(
            new BatchGetItemResponse { Responses = new() { ["test-Customers"] = [QueryModel.Customers.ToItem(new Customer { Id = "b" })] } });
        var spec = new Specification<Customer>();
        spec.Query.Where(c => c.Id == "a" || c.Id == "b");

        Assert.Equal(1, await harness.Customers.CountAsync(spec, Ct));
        Assert.True(await harness.Customers.AnyAsync(spec, Ct));
        Assert.Equal(2, harness.BatchGets.Count);
        Assert.Equal(2, harness.CallCount());
    }

    [Fact]
    public async Task SingleOrDefaultAsync_AndAsAsyncEnumerable_ReadThroughTheBatch()
    {
        var harness = new RepositoryHarness();
        _ = harness.Client.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).Returns(
            new BatchGetItemResponse { Responses = new() { ["test-Customers"] = [QueryModel.Customers.ToItem(new Customer { Id = "b" })] } });
        var spec = new SingleResultSpecification<Customer>();
        spec.Query.Where(c => c.Id == "a" || c.Id == "b");

        var single = await harness.Customers.SingleOrDefaultAsync(spec, Ct);
        var streamed = await harness.Customers.AsAsyncEnumerable(spec).ToListAsync(Ct);

        Assert.Equal("b", single?.Id);
        Assert.Equal(["b"], streamed.Select(c => c.Id));
        Assert.Equal(2, harness.BatchGets.Count);
    }

    [Fact]
    public async Task PageAsync_RefusesABatch_BeforeSending()
    {
        var harness = new RepositoryHarness();
        var spec = new Specification<Customer>();
        spec.Query.Where(c => c.Id == "a" || c.Id == "b");

        var ex = await Assert.ThrowsAsync<UnsupportedSpecificationException>(() => harness.Customers.PageAsync(spec, 10, null, Ct));

        Assert.Contains("ListAsync", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.CallCount());
    }
}
