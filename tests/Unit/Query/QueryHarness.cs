using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>Repositories over a substituted client that records every read request.</summary>
internal sealed class QueryHarness
{
    public QueryHarness(bool allowScans = false)
    {
        Options = new DynamoRepositoryOptions { TablePrefix = "test-", AllowScans = allowScans, RetryBaseDelay = TimeSpan.FromMilliseconds(100) };
        Client.QueryAsync(Arg.Do<QueryRequest>(Queries.Add), Arg.Any<CancellationToken>());
        Client.ScanAsync(Arg.Do<ScanRequest>(Scans.Add), Arg.Any<CancellationToken>());
        Client.GetItemAsync(Arg.Do<GetItemRequest>(Gets.Add), Arg.Any<CancellationToken>());
        Client.BatchGetItemAsync(Arg.Do<BatchGetItemRequest>(r => BatchGets.Add(Copy(r))), Arg.Any<CancellationToken>());
        var context = DynamoContext.Create(new SdkExecutor(Client), Options, QueryModel.Instance, Time, NullLoggerFactory.Instance, Client);
        Orders = new DynamoRepository<Order>(context);
        Customers = new DynamoRepository<Customer>(context);
    }

    public IAmazonDynamoDB Client { get; } = Substitute.For<IAmazonDynamoDB>();

    public FakeTimeProvider Time { get; } = new();

    public DynamoRepositoryOptions Options { get; }

    public DynamoRepository<Order> Orders { get; }

    public DynamoRepository<Customer> Customers { get; }

    public List<QueryRequest> Queries { get; } = [];

    public List<ScanRequest> Scans { get; } = [];

    public List<GetItemRequest> Gets { get; } = [];

    public List<List<Dictionary<string, AttributeValue>>> BatchGets { get; } = [];

    public int CallCount => Client.ReceivedCalls().Count();

    public static List<Order> NewOrders(int count, string customerId = "c-1", int seed = 42)
    {
        var index = 0;
        return new Faker<Order>()
            .UseSeed(seed)
            .RuleFor(o => o.CustomerId, _ => customerId)
            .RuleFor(o => o.OrderId, _ => $"o-{index++:D4}")
            .RuleFor(o => o.Status, f => f.PickRandom<OrderStatus>())
            .RuleFor(o => o.Total, f => Math.Round(f.Random.Decimal(1, 500), 2))
            .RuleFor(o => o.PlacedAt, f => f.Date.Past(1, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ToUniversalTime())
            .RuleFor(o => o.Name, f => f.Commerce.ProductName())
            .RuleFor(o => o.Version, _ => 1)
            .Generate(count);
    }

    public static List<Dictionary<string, AttributeValue>> Items(IEnumerable<Order> orders) => orders.Select(QueryModel.Orders.ToItem).ToList();

    public static QueryResponse Page(IEnumerable<Order> orders, Order? lastEvaluated = null) => new()
    {
        Items = Items(orders),
        Count = orders.Count(),
        LastEvaluatedKey = lastEvaluated is null ? null : QueryModel.Orders.KeyOf(lastEvaluated),
    };

    public async Task<T> DriveAsync<T>(Task<T> task)
    {
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            Time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(1);
        }

        return await task;
    }

    // The repository reuses its key list between retries; copy what was sent at the time.
    private static List<Dictionary<string, AttributeValue>> Copy(BatchGetItemRequest request) =>
        request.RequestItems.Single().Value.Keys.ToList();
}
