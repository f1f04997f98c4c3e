using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

public sealed class DynamoRepositoryPagingTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PageAsync_ResumesAfterTheLastReturnedItem_WhenADynamoPageHoldsMore()
    {
        var orders = RepositoryHarness.NewOrders(5);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(
            RepositoryHarness.Page(orders),
            RepositoryHarness.Page(orders.Skip(3)));
        var spec = Specs.Orders(o => o.CustomerId == "c-1" && o.IsGift == false);

        var first = await _harness.Orders.PageAsync(spec, 3, null, Ct);
        var second = await _harness.Orders.PageAsync(spec, 3, first.ContinuationToken, Ct);

        Assert.Equal(orders.Take(3).Select(o => o.OrderId), first.Items.Select(o => o.OrderId));
        Assert.True(first.HasMore);
        Assert.DoesNotContain(first.ContinuationToken!, c => c is '+' or '/' or '=');
        Assert.Equal(orders[2].OrderId, _harness.Queries[1].ExclusiveStartKey["OrderId"].S);
        Assert.Equal(orders.Skip(3).Select(o => o.OrderId), second.Items.Select(o => o.OrderId));
        Assert.False(second.HasMore);
    }

    [Fact]
    public async Task PageAsync_FillsThePageAcrossDynamoPages_WhenTheFilterLeavesFew()
    {
        var orders = RepositoryHarness.NewOrders(4);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(
            RepositoryHarness.Page(orders.Take(1), orders[1]),
            RepositoryHarness.Page([], orders[2]),
            RepositoryHarness.Page(orders.Skip(3), orders[3]));

        var page = await _harness.Orders.PageAsync(Specs.Orders(o => o.CustomerId == "c-1" && o.IsGift), 2, null, Ct);

        Assert.Equal([orders[0].OrderId, orders[3].OrderId], page.Items.Select(o => o.OrderId));
        Assert.Equal(4, _harness.Queries.Count); // the fourth reads one item ahead: it tells that another page exists
        Assert.True(page.HasMore);
    }

    [Fact]
    public async Task PageAsync_HasNoToken_WhenTheLastPageIsExactlyFull()
    {
        var orders = RepositoryHarness.NewOrders(2);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(
            RepositoryHarness.Page(orders, orders[1]),
            RepositoryHarness.Page([]));

        var page = await _harness.Orders.PageAsync(Specs.Orders(o => o.CustomerId == "c-1"), 2, null, Ct);

        Assert.Equal(orders.Select(o => o.OrderId), page.Items.Select(o => o.OrderId));
        Assert.False(page.HasMore);
        Assert.Null(page.ContinuationToken);
        Assert.Equal(3, _harness.Queries[0].Limit);
    }

    [Fact]
    public async Task PageAsync_Throws_WhenTheTokenComesFromAnotherSpecification()
    {
        var orders = RepositoryHarness.NewOrders(3);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(RepositoryHarness.Page(orders));
        var page = await _harness.Orders.PageAsync(Specs.Orders(o => o.CustomerId == "c-1"), 2, null, Ct);
        var calls = _harness.CallCount();

        var ex = await Assert.ThrowsAsync<InvalidContinuationTokenException>(() =>
            _harness.Orders.PageAsync(Specs.Orders(o => o.CustomerId == "c-2"), 2, page.ContinuationToken, Ct));

        Assert.Contains("another specification", ex.Message, StringComparison.Ordinal);
        Assert.Equal(calls, _harness.CallCount());
    }

    [Theory]
    [InlineData("not a token!")]
    [InlineData("AAAA")]
    [InlineData("edited")]
    public async Task PageAsync_Throws_WhenTheTokenIsMalformedOrEdited(string token)
    {
        var orders = RepositoryHarness.NewOrders(3);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(RepositoryHarness.Page(orders));
        var spec = Specs.Orders(o => o.CustomerId == "c-1");
        if (token == "edited")
        {
            var issued = (await _harness.Orders.PageAsync(spec, 2, null, Ct)).ContinuationToken!;
            token = issued[..^2] + (issued[^2] == 'A' ? 'B' : 'A') + issued[^1];
        }

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => _harness.Orders.PageAsync(spec, 2, token, Ct));
    }

    [Fact]
    public async Task PageAsync_StopsAtTheSpecificationsTake_AcrossPages()
    {
        var orders = RepositoryHarness.NewOrders(5);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(
            RepositoryHarness.Page(orders.Take(2), orders[1]),
            RepositoryHarness.Page([orders[2]], orders[2]));
        var spec = Specs.Orders(o => o.CustomerId == "c-1", q => q.Take(3));

        var first = await _harness.Orders.PageAsync(spec, 2, null, Ct);
        var second = await _harness.Orders.PageAsync(spec, 2, first.ContinuationToken, Ct);

        Assert.Equal(2, first.Items.Count);
        Assert.Single(second.Items);
        Assert.False(second.HasMore);
        Assert.Equal(1, _harness.Queries[1].Limit);
    }
}
