using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

public sealed class DynamoRepositoryQueryTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_SendsQueryWithPlaceholders_WhenPartitionKeyIsPinned()
    {
        var orders = RepositoryHarness.NewOrders(3);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(RepositoryHarness.Page(orders));

        var result = await _harness.Orders.ListAsync(Specs.Orders(o => o.CustomerId == "c-1" && o.Name != "x"), Ct);

        Assert.Equal(orders.Select(o => o.OrderId), result.Select(o => o.OrderId));
        var request = Assert.Single(_harness.Queries);
        Assert.Equal("test-Orders", request.TableName);
        Assert.Equal("#n0 = :v0", request.KeyConditionExpression);
        Assert.Equal("#n1 <> :v1", request.FilterExpression);
        Assert.Equal("name", request.ExpressionAttributeNames["#n1"]);
        Assert.Null(request.Limit);
        Assert.Null(request.ScanIndexForward); // ascending and eventually consistent are DynamoDB's defaults: not sent
        Assert.Null(request.ConsistentRead);
    }

    [Fact]
    public async Task ListAsync_SendsDescendingAndConsistent_OnlyWhenAsked()
    {
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(RepositoryHarness.Page(RepositoryHarness.NewOrders(1)));

        await _harness.Orders.ListAsync(Specs.Orders(o => o.CustomerId == "c-1", q => q.OrderByDescending(o => o.OrderId).WithConsistentRead()), Ct);

        var request = Assert.Single(_harness.Queries);
        Assert.False(request.ScanIndexForward);
        Assert.True(request.ConsistentRead);
    }

    [Fact]
    public async Task ListAsync_FillsTakeAcrossPages_WhenAFilterApplies()
    {
        var orders = RepositoryHarness.NewOrders(8);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(
            RepositoryHarness.Page([], orders[2]),
            RepositoryHarness.Page(orders.Take(1), orders[4]),
            RepositoryHarness.Page(orders.Skip(5), orders[7]));

        var result = await _harness.Orders.ListAsync(Specs.Orders(o => o.CustomerId == "c-1" && o.IsGift, q => q.Take(3)), Ct);

        Assert.Equal([orders[0].OrderId, orders[5].OrderId, orders[6].OrderId], result.Select(o => o.OrderId));
        Assert.Equal(3, _harness.Queries.Count);
        Assert.All(_harness.Queries, r => Assert.Null(r.Limit));
        Assert.Equal(orders[4].OrderId, _harness.Queries[2].ExclusiveStartKey["OrderId"].S);
    }

    [Fact]
    public async Task ListAsync_SetsLimit_WhenNoFilterApplies()
    {
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(RepositoryHarness.Page(RepositoryHarness.NewOrders(5)));

        var result = await _harness.Orders.ListAsync(Specs.Orders(o => o.CustomerId == "c-1", q => q.Take(5)), Ct);

        Assert.Equal(5, result.Count);
        Assert.Equal(5, Assert.Single(_harness.Queries).Limit);
    }

    [Fact]
    public async Task ListAsync_ProjectsSelectedMembers_WhenSpecificationSelects()
    {
        var orders = RepositoryHarness.NewOrders(2);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(RepositoryHarness.Page(orders));
        var spec = new Specification<Order, string>();
        spec.Query.Where(o => o.CustomerId == "c-1");
        spec.Query.Select(o => o.Name!);

        var names = await _harness.Orders.ListAsync(spec, Ct);

        Assert.Equal(orders.Select(o => o.Name), names);
        var request = Assert.Single(_harness.Queries);
        Assert.Equal("#n0, #n1, #n2", request.ProjectionExpression);
        Assert.Equal(["name", "CustomerId", "OrderId"], request.ExpressionAttributeNames.OrderBy(n => n.Key).Select(n => n.Value));
    }

    [Fact]
    public async Task FirstOrDefaultAsync_SendsGetItem_WhenBothKeysArePinned()
    {
        var order = RepositoryHarness.NewOrders(1)[0];
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).Returns(new GetItemResponse { Item = QueryModel.Orders.ToItem(order) });

        var found = await _harness.Orders.FirstOrDefaultAsync(Specs.Orders(o => o.CustomerId == "c-1" && o.OrderId == order.OrderId), Ct);

        Assert.Equal(order.Name, found?.Name);
        var request = Assert.Single(_harness.Gets);
        Assert.Equal(order.OrderId, request.Key["OrderId"].S);
        Assert.Empty(_harness.Queries);
    }

    [Fact]
    public async Task GetByIdAsync_ReadsByPartitionKey_OrByEntityKey()
    {
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).Returns(new GetItemResponse());

        Assert.Null(await _harness.Customers.GetByIdAsync("cust-1", Ct));
        Assert.Null(await _harness.Orders.GetByIdAsync(new EntityKey("c-1", "o-1"), Ct));

        Assert.Equal("cust-1", _harness.Gets[0].Key["Id"].S);
        Assert.Equal("test-Customers", _harness.Gets[0].TableName);
        Assert.Equal("o-1", _harness.Gets[1].Key["OrderId"].S);
    }

    [Fact]
    public async Task GetByIdAsync_Throws_WhenTheSortKeyIsMissing()
    {
        await Assert.ThrowsAsync<EntityMappingException>(() => _harness.Orders.GetByIdAsync("c-1", Ct));

        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task SingleOrDefaultAsync_Throws_WhenTwoItemsMatch()
    {
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(RepositoryHarness.Page(RepositoryHarness.NewOrders(2)));
        var spec = new SingleResultSpecification<Order>();
        spec.Query.Where(o => o.CustomerId == "c-1");

        await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Orders.SingleOrDefaultAsync(spec, Ct));
    }

    [Fact]
    public async Task CountAsync_SumsSelectCountOverEveryPage()
    {
        var orders = RepositoryHarness.NewOrders(2);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(
            new QueryResponse { Count = 3, LastEvaluatedKey = QueryModel.Orders.KeyOf(orders[0]) },
            new QueryResponse { Count = 4 });

        var count = await _harness.Orders.CountAsync(Specs.Orders(o => o.CustomerId == "c-1" && o.IsGift, q => q.Take(1)), Ct);

        Assert.Equal(7, count);
        Assert.All(_harness.Queries, r => Assert.Equal(Amazon.DynamoDBv2.Select.COUNT, r.Select));
    }

    [Fact]
    public async Task AnyAsync_StopsAtTheFirstMatch()
    {
        var orders = RepositoryHarness.NewOrders(3);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(
            RepositoryHarness.Page([], orders[0]),
            RepositoryHarness.Page(orders.Take(1), orders[1]),
            RepositoryHarness.Page(orders.Skip(1)));

        Assert.True(await _harness.Orders.AnyAsync(Specs.Orders(o => o.CustomerId == "c-1" && o.IsGift), Ct));
        Assert.Equal(2, _harness.Queries.Count);
    }

    [Fact]
    public async Task AsAsyncEnumerable_RequestsTheNextPageOnlyWhenConsumed()
    {
        var orders = RepositoryHarness.NewOrders(4);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(
            RepositoryHarness.Page(orders.Take(2), orders[1]),
            RepositoryHarness.Page(orders.Skip(2)));

        await using var enumerator = _harness.Orders.AsAsyncEnumerable(Specs.Orders(o => o.CustomerId == "c-1")).GetAsyncEnumerator(Ct);
        Assert.Empty(_harness.Queries);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Single(_harness.Queries);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal(orders[2].OrderId, enumerator.Current.OrderId);
        Assert.Equal(2, _harness.Queries.Count);
    }

    [Fact]
    public async Task ListAsync_SendsNothing_WhenTheSpecificationWouldScan()
    {
        await Assert.ThrowsAsync<ScanNotAllowedException>(() => _harness.Orders.ListAsync(Specs.Orders(o => o.Total > 5), Ct));
        await Assert.ThrowsAsync<ScanNotAllowedException>(() => _harness.Orders.ListAsync(Ct));

        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task ListAsync_Scans_WhenTheOptionsAllowIt()
    {
        var harness = new RepositoryHarness(allowScans: true);
        harness.Client.ScanAsync(Arg.Any<ScanRequest>(), Arg.Any<CancellationToken>()).Returns(new ScanResponse { Items = RepositoryHarness.Items(RepositoryHarness.NewOrders(2)), Count = 2 });

        var all = await harness.Orders.ListAsync(Ct);

        Assert.Equal(2, all.Count);
        Assert.Null(Assert.Single(harness.Scans).FilterExpression);
    }
}
