using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

public sealed class SkipTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_ReadsAndDiscardsSkippedItemsAcrossPages_WhenTheSpecificationAllowsSkip()
    {
        var harness = new RepositoryHarness();
        var orders = RepositoryHarness.NewOrders(6);
        harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(
            RepositoryHarness.Page(orders.Take(2), orders[1]),
            RepositoryHarness.Page(orders.Skip(2), null));

        var result = await harness.Orders.ListAsync(Specs.Orders(o => o.CustomerId == "c-1", q => q.Skip(3).Take(2).AllowSkip()), Ct);

        Assert.Equal([orders[3].OrderId, orders[4].OrderId], result.Select(o => o.OrderId));
        Assert.Equal(5, harness.Queries[0].Limit); // skipped + taken: the skipped items are read (and paid for)
        Assert.Equal(3, harness.Queries[1].Limit);
    }

    [Fact]
    public async Task FirstOrDefaultAsync_ReturnsTheItemAfterTheSkipped_WhenTheOptionsAllowSkip()
    {
        var harness = new RepositoryHarness();
        harness.Options.AllowSkip = true;
        var orders = RepositoryHarness.NewOrders(4);
        harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(RepositoryHarness.Page(orders.Take(3)));

        var first = await harness.Orders.FirstOrDefaultAsync(Specs.Orders(o => o.CustomerId == "c-1", q => q.Skip(2)), Ct);

        Assert.Equal(orders[2].OrderId, first?.OrderId);
        Assert.Equal(3, Assert.Single(harness.Queries).Limit);
    }

    [Fact]
    public async Task CountAsync_IgnoresSkip_AsArdalisDoes()
    {
        var harness = new RepositoryHarness();
        harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(new QueryResponse { Count = 4, Items = [] });

        var count = await harness.Orders.CountAsync(Specs.Orders(o => o.CustomerId == "c-1", q => q.Skip(3).AllowSkip()), Ct);

        Assert.Equal(4, count);
    }

    [Fact]
    public async Task PageAsync_Throws_WhenTheSpecificationSkips()
    {
        var harness = new RepositoryHarness();

        var ex = await Assert.ThrowsAsync<UnsupportedSpecificationException>(
            () => harness.Orders.PageAsync(Specs.Orders(o => o.CustomerId == "c-1", q => q.Skip(3).AllowSkip()), 10, null, Ct));

        Assert.Contains("continuation token", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.CallCount());
    }
}
