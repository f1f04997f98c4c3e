using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>The repository's projecting and single-result reads, whole-table counts, and post-processing.</summary>
public sealed class DynamoRepositoryProjectionTests
{
    private readonly RepositoryHarness _harness = new(allowScans: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstOrDefaultAsync_ProjectsTheFirstItem_AndAsksForOne()
    {
        var orders = RepositoryHarness.NewOrders(1);
        Answer(orders);

        var name = await _harness.Orders.FirstOrDefaultAsync(Names(), Ct);

        Assert.Equal(orders[0].Name, name);
        var request = Assert.Single(_harness.Queries);
        Assert.Equal(1, request.Limit);
        Assert.NotNull(request.ProjectionExpression);
    }

    [Fact]
    public async Task FirstOrDefaultAsync_ReturnsDefault_WhenNothingMatches()
    {
        Answer([]);

        Assert.Null(await _harness.Orders.FirstOrDefaultAsync(Names(), Ct));
    }

    [Fact]
    public async Task SingleOrDefaultAsync_ProjectsTheOnlyItem_AndAsksForTwo()
    {
        var orders = RepositoryHarness.NewOrders(1);
        Answer(orders);

        var name = await _harness.Orders.SingleOrDefaultAsync(SingleName(), Ct);

        Assert.Equal(orders[0].Name, name);
        Assert.Equal(2, Assert.Single(_harness.Queries).Limit);
    }

    [Fact]
    public async Task SingleOrDefaultAsync_ReturnsDefault_WhenNothingMatches()
    {
        Answer([]);

        Assert.Null(await _harness.Orders.SingleOrDefaultAsync(SingleName(), Ct));
        Assert.Null(await _harness.Orders.SingleOrDefaultAsync(SingleOrder(), Ct));
    }

    [Fact]
    public async Task SingleOrDefaultAsync_Throws_WhenTwoItemsMatch()
    {
        Answer(RepositoryHarness.NewOrders(2));

        var projected = await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Orders.SingleOrDefaultAsync(SingleName(), Ct));
        var entity = await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Orders.SingleOrDefaultAsync(SingleOrder(), Ct));

        Assert.Contains("more than one item", projected.Message, StringComparison.Ordinal);
        Assert.Contains("Pin both keys", entity.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_FlattensSelectMany()
    {
        var orders = RepositoryHarness.NewOrders(2);
        orders[0].Tags = ["a", "b"];
        orders[1].Tags = ["c"];
        Answer(orders);
        var spec = new Specification<Order, string>();
        spec.Query.Where(o => o.CustomerId == "c-1").SelectMany(o => o.Tags!);

        var tags = await _harness.Orders.ListAsync(spec, Ct);

        Assert.Equal(["a", "b", "c"], tags);
    }

    [Fact]
    public async Task ListAsync_Throws_WithoutSending_WhenAProjectionHasNoSelect()
    {
        var spec = new Specification<Order, string>();
        spec.Query.Where(o => o.CustomerId == "c-1");

        var ex = await Assert.ThrowsAsync<UnsupportedSpecificationException>(() => _harness.Orders.ListAsync(spec, Ct));

        Assert.Contains("has no Select or SelectMany", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task ListAsync_AppliesThePostProcessingAction()
    {
        Answer(RepositoryHarness.NewOrders(3));
        var spec = new Specification<Order>();
        spec.Query.Where(o => o.CustomerId == "c-1").PostProcessingAction(orders => orders.Take(1));

        var result = await _harness.Orders.ListAsync(spec, Ct);

        Assert.Single(result);
    }

    [Fact]
    public void AsAsyncEnumerable_Throws_WhenTheSpecificationPostProcesses()
    {
        var spec = new Specification<Order>();
        spec.Query.Where(o => o.CustomerId == "c-1").PostProcessingAction(orders => orders.Take(1));

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => _harness.Orders.AsAsyncEnumerable(spec).GetAsyncEnumerator(Ct).MoveNextAsync().AsTask().GetAwaiter().GetResult());

        Assert.Contains("PostProcessingAction", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task CountAsync_AndAnyAsync_ScanTheWholeTable_WithoutASpecification()
    {
        _harness.Client.ScanAsync(Arg.Any<ScanRequest>(), Arg.Any<CancellationToken>()).Returns(_ => new ScanResponse { Count = 4, Items = RepositoryHarness.Items(RepositoryHarness.NewOrders(4)) });

        var count = await _harness.Orders.CountAsync(Ct);
        var any = await _harness.Orders.AnyAsync(Ct);

        Assert.Equal(4, count);
        Assert.True(any);
        Assert.All(_harness.Scans, s => Assert.Equal("test-Orders", s.TableName));
    }

    private void Answer(List<Order> orders) =>
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(_ => RepositoryHarness.Page(orders));

    private static Specification<Order, string?> Names()
    {
        var spec = new Specification<Order, string?>();
        spec.Query.Where(o => o.CustomerId == "c-1").Select(o => o.Name);
        return spec;
    }

    private static SingleResultSpecification<Order, string?> SingleName()
    {
        var spec = new SingleResultSpecification<Order, string?>();
        spec.Query.Where(o => o.CustomerId == "c-1").Select(o => o.Name);
        return spec;
    }

    private static SingleResultSpecification<Order> SingleOrder()
    {
        var spec = new SingleResultSpecification<Order>();
        spec.Query.Where(o => o.CustomerId == "c-1");
        return spec;
    }
}
