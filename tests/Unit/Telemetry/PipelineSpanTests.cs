using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.TestSupport;
using Dynamo.Repositories.UnitTests.Harness;
using Dynamo.Repositories.UnitTests.Query;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

/// <summary>Each read of the pipeline is one logical span, however many requests it sends.</summary>
public sealed class PipelineSpanTests : IDisposable
{
    private readonly RepositoryHarness _harness = new();
    private readonly TelemetryCapture _capture = new(null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CountAsync_OverTwoPages_IsOneQuerySpan()
    {
        var orders = RepositoryHarness.NewOrders(4);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>())
            .Returns(RepositoryHarness.Page(orders[..2], orders[1]), RepositoryHarness.Page(orders[2..]));

        using (_capture.StartRoot(nameof(CountAsync_OverTwoPages_IsOneQuerySpan)))
        {
            Assert.Equal(4, await _harness.Orders.CountAsync(Specs.Orders(o => o.CustomerId == "c-1"), Ct));
        }

        var span = Assert.Single(_capture.Spans);
        Assert.Equal("Query test-Orders", span.DisplayName);
        Assert.Equal("Query", span.GetTagItem("dynamo_repositories.plan_kind"));
        Assert.Equal(2, _harness.Queries.Count);
    }

    [Fact]
    public async Task PageAsync_IsOneSpan_AndAsAsyncEnumerable_EndsItsSpanWithTheEnumeration()
    {
        var orders = RepositoryHarness.NewOrders(3);
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(RepositoryHarness.Page(orders));

        using (_capture.StartRoot(nameof(PageAsync_IsOneSpan_AndAsAsyncEnumerable_EndsItsSpanWithTheEnumeration)))
        {
            await _harness.Orders.PageAsync(Specs.Orders(o => o.CustomerId == "c-1"), 2, cancellationToken: Ct);
            await foreach (var unused in _harness.Orders.AsAsyncEnumerable(Specs.Orders(o => o.CustomerId == "c-1")).WithCancellation(Ct))
            {
                Assert.Single(_capture.Spans); // the stream's span is still open
            }
        }

        Assert.Equal(2, _capture.Spans.Count);
        Assert.All(_capture.Spans, s => Assert.Equal("Query test-Orders", s.DisplayName));
    }

    [Fact]
    public async Task GetManyAsync_IsOneBatchSpan_CountingTheRetryOfUnprocessedKeys()
    {
        var orders = RepositoryHarness.NewOrders(2);
        var items = RepositoryHarness.Items(orders);
        _harness.Client.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).Returns(
            new BatchGetItemResponse
            {
                Responses = new() { ["test-Orders"] = [items[0]] },
                UnprocessedKeys = new() { ["test-Orders"] = new KeysAndAttributes { Keys = [QueryModel.Orders.KeyOf(orders[1])] } },
            },
            new BatchGetItemResponse { Responses = new() { ["test-Orders"] = [items[1]] } });

        using (_capture.StartRoot(nameof(GetManyAsync_IsOneBatchSpan_CountingTheRetryOfUnprocessedKeys)))
        {
            await _harness.DriveAsync(_harness.Orders.GetManyAsync(orders.Select(o => new EntityKey(o.CustomerId, o.OrderId)), Ct));
        }

        var span = Assert.Single(_capture.Spans);
        Assert.Equal("BatchGetItem test-Orders", span.DisplayName);
        Assert.Equal(1, span.GetTagItem("dynamo_repositories.retries"));
    }

    [Fact]
    public async Task GetAsync_IsOneGetItemSpan_NamingTheEntity()
    {
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).Returns(new GetItemResponse());

        using (_capture.StartRoot(nameof(GetAsync_IsOneGetItemSpan_NamingTheEntity)))
        {
            Assert.Null(await _harness.Customers.GetAsync("cust-1", Ct));
        }

        var span = Assert.Single(_capture.Spans);
        Assert.Equal("GetItem test-Customers", span.DisplayName);
        Assert.Equal(nameof(Customer), span.GetTagItem("dynamo_repositories.entity_type"));
        Assert.DoesNotContain(_capture.AllText(), t => t.Contains("cust-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReloadAsync_IsOneGetItemSpan_NamingTheEntity()
    {
        var order = RepositoryHarness.NewOrders(1)[0];
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>())
            .Returns(new GetItemResponse { Item = QueryModel.Orders.ToItem(order) });

        using (_capture.StartRoot(nameof(ReloadAsync_IsOneGetItemSpan_NamingTheEntity)))
        {
            Assert.True(await _harness.Orders.ReloadAsync(order, Ct));
        }

        var span = Assert.Single(_capture.Spans);
        Assert.Equal("GetItem test-Orders", span.DisplayName);
        Assert.Equal(nameof(Order), span.GetTagItem("dynamo_repositories.entity_type"));
    }

    [Fact]
    public async Task ListAsync_ThatFails_EndsItsSpanWithTheErrorType()
    {
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(new ResourceNotFoundException("gone"));

        using (_capture.StartRoot(nameof(ListAsync_ThatFails_EndsItsSpanWithTheErrorType)))
        {
            await Assert.ThrowsAsync<ReadFailedException>(() => _harness.Orders.ListAsync(Specs.Orders(o => o.CustomerId == "c-1"), Ct));
        }

        var span = Assert.Single(_capture.Spans);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(typeof(ReadFailedException).FullName, span.GetTagItem("error.type"));
    }

    public void Dispose() => _capture.Dispose();
}
