using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>Every GetItem is built and sent by the key reader: key reads, reloads and specifications planned into GetItem.</summary>
public sealed class KeyReaderTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetAsync_SendsTheSameGetItem_AsASpecificationPinningBothKeys(bool consistent)
    {
        _harness.Options.ConsistentReads = consistent;
        var order = RepositoryHarness.NewOrders(1)[0];
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>())
            .Returns(new GetItemResponse { Item = QueryModel.Orders.ToItem(order) });

        var byKey = await _harness.Orders.GetAsync(order.CustomerId, order.OrderId, Ct);
        var bySpecification = await _harness.Orders.FirstOrDefaultAsync(
            Specs.Orders(o => o.CustomerId == order.CustomerId && o.OrderId == order.OrderId), Ct);

        Assert.Equal(2, _harness.Gets.Count);
        var (key, planned) = (_harness.Gets[0], _harness.Gets[1]);
        Assert.Equal("test-Orders", key.TableName);
        Assert.Equal(key.TableName, planned.TableName);
        Assert.Equal(consistent ? true : null, key.ConsistentRead);
        Assert.Equal(key.ConsistentRead, planned.ConsistentRead);
        Assert.Equal(Text(key.Key), Text(planned.Key));
        Assert.Equal($"CustomerId={order.CustomerId}|OrderId={order.OrderId}", Text(key.Key));
        Assert.Null(key.ProjectionExpression);
        Assert.Null(planned.ProjectionExpression);
        Assert.Equal(order.Total, byKey!.Total);
        Assert.Equal(order.Total, bySpecification!.Total);
    }

    [Fact]
    public async Task ReloadAsync_CopiesTheStoredItemIntoTheEntity_WithAConsistentGetItem()
    {
        var order = RepositoryHarness.NewOrders(1)[0];
        var stored = QueryModel.Orders.ToItem(order);
        stored["name"] = new AttributeValue { S = "renamed elsewhere" };
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).Returns(new GetItemResponse { Item = stored });

        Assert.True(await _harness.Orders.ReloadAsync(order, Ct));

        var request = Assert.Single(_harness.Gets);
        Assert.Equal("test-Orders", request.TableName);
        Assert.True(request.ConsistentRead);
        Assert.Equal(order.OrderId, request.Key["OrderId"].S);
        Assert.Equal("renamed elsewhere", order.Name);
    }

    [Fact]
    public async Task ReloadAsync_ReturnsFalseAndLeavesTheEntity_WhenTheItemIsGone()
    {
        var order = RepositoryHarness.NewOrders(1)[0];
        var name = order.Name;
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).Returns(new GetItemResponse());

        Assert.False(await _harness.Orders.ReloadAsync(order, Ct));

        Assert.Equal(name, order.Name);
    }

    [Fact]
    public async Task ReloadAsync_ThrowsReadFailedNamingTheKey_WhenTheTableDoesNotExist()
    {
        var order = RepositoryHarness.NewOrders(1, customerId: "c-9")[0];
        var aws = new ResourceNotFoundException("Requested resource not found");
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(aws);

        var error = await Assert.ThrowsAsync<ReadFailedException>(() => _harness.Orders.ReloadAsync(order, Ct));

        Assert.Equal($"(c-9, {order.OrderId})", error.Key);
        Assert.Equal("test-Orders", error.TableName);
        Assert.Same(aws, error.InnerException);
        Assert.StartsWith($"The GetItem of Order (c-9, {order.OrderId}) on table 'test-Orders' failed: the table does not exist.", error.Message, StringComparison.Ordinal);
    }

    private static string Text(Dictionary<string, AttributeValue> key) =>
        string.Join('|', key.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Value.S}"));
}
