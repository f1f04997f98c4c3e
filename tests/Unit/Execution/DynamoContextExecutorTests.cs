using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.UnitTests.Harness;
using Dynamo.Repositories.UnitTests.Query;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Execution;

/// <summary>A context built over another executor sends every read and commit through it, and has no client.</summary>
public sealed class DynamoContextExecutorTests
{
    private readonly IDynamoExecutor _executor = Substitute.For<IDynamoExecutor>();
    private readonly DynamoContext _context;
    private readonly DynamoRepository<Order> _orders;

    public DynamoContextExecutorTests()
    {
        _executor.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).Returns(new GetItemResponse());
        _executor.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(new QueryResponse { Items = [], Count = 0 });
        _executor.PutEntityAsync(Arg.Any<EntityWrite>(), Arg.Any<ReturnConsumedCapacity?>(), Arg.Any<CancellationToken>()).Returns(new PutItemResponse());
        _executor.TransactWriteEntitiesAsync(Arg.Any<IReadOnlyList<EntityWrite>>(), Arg.Any<string>(), Arg.Any<ReturnConsumedCapacity?>(), Arg.Any<CancellationToken>())
            .Returns(new TransactWriteItemsResponse());
        _executor.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).Returns(new BatchGetItemResponse { Responses = [] });
        _executor.BatchWriteEntitiesAsync(Arg.Any<string>(), Arg.Any<IReadOnlyList<EntityWrite>>(), Arg.Any<ReturnConsumedCapacity?>(), Arg.Any<CancellationToken>())
            .Returns(new BatchWriteItemResponse());
        _context = DynamoContext.Create(_executor, new DynamoRepositoryOptions(), QueryModel.Instance, TimeProvider.System, NullLoggerFactory.Instance);
        _orders = new DynamoRepository<Order>(_context);
    }

    [Fact]
    public async Task Reads_GoThroughExecutor_WhenContextBuiltOverIt()
    {
        await _orders.GetAsync("c-1", "o-1", TestContext.Current.CancellationToken);
        await _orders.ListAsync(new OrdersOf("c-1"), TestContext.Current.CancellationToken);
        await _orders.GetManyAsync([new EntityKey("c-1", "o-2")], TestContext.Current.CancellationToken);

        await _executor.Received(1).GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>());
        await _executor.Received(1).QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>());
        await _executor.Received(1).BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Writes_GoThroughExecutor_WhenContextBuiltOverIt()
    {
        var orders = RepositoryHarness.NewOrders(3);

        await _orders.AddAsync(orders[0], TestContext.Current.CancellationToken);
        await _orders.AddRangeAsync(orders.Skip(1), TestContext.Current.CancellationToken);
        await _orders.BulkPutNonAtomicAsync(RepositoryHarness.NewOrders(2, "c-2"), TestContext.Current.CancellationToken);

        await _executor.Received(1).PutEntityAsync(Arg.Is<EntityWrite>(w => w.Type == WriteActionType.Put), Arg.Any<ReturnConsumedCapacity?>(), Arg.Any<CancellationToken>());
        await _executor.Received(1).TransactWriteEntitiesAsync(
            Arg.Is<IReadOnlyList<EntityWrite>>(w => w.Count == 2), Arg.Any<string>(), Arg.Any<ReturnConsumedCapacity?>(), Arg.Any<CancellationToken>());
        await _executor.Received(1).BatchWriteEntitiesAsync(
            Arg.Any<string>(), Arg.Is<IReadOnlyList<EntityWrite>>(w => w.Count == 2), Arg.Any<ReturnConsumedCapacity?>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public void Client_ThrowsNamingTheFakes_WhenContextHasNoClient()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _context.Client);

        Assert.Contains("in-memory executor", error.Message, StringComparison.Ordinal);
    }

    private sealed class OrdersOf : Specification<Order>
    {
        public OrdersOf(string customerId) => Query.Where(o => o.CustomerId == customerId);
    }
}
