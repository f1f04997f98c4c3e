using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Query;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Dynamo.Repositories.UnitTests.Harness;

/// <summary>
/// The one harness of the unit-of-work, repository and query tests: a unit of work and repositories over a
/// substituted client (writes answered, read requests recorded), a fake clock and a recording logger.
/// </summary>
internal sealed partial class RepositoryHarness
{
    /// <summary>
    /// Gets a new model of the harness's entities: the shared test model (wallets, ledger entries, currencies) and the
    /// query model (orders, customers). Built anew for each harness, so that compiled mappers and write templates
    /// belong to one test (mutation runs).
    /// </summary>
    public static EntityModel Model => EntityModelBuilder.Build(
        [new WalletConfiguration(), new LedgerEntryConfiguration(), new CurrencyConfiguration(), new OrderConfiguration(), new CustomerConfiguration()]);

    private readonly Dictionary<Type, object> _repositories = [];

    public RepositoryHarness(bool allowScans = false, int commitRetryAttempts = 3)
    {
        Options = new DynamoRepositoryOptions
        {
            TablePrefix = "test-",
            AllowScans = allowScans,
            CommitRetryAttempts = commitRetryAttempts,
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
        };
        Client.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>()).Returns(new PutItemResponse());
        Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>()).Returns(new UpdateItemResponse());
        Client.DeleteItemAsync(Arg.Any<DeleteItemRequest>(), Arg.Any<CancellationToken>()).Returns(new DeleteItemResponse());
        Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>()).Returns(new TransactWriteItemsResponse());
        Client.QueryAsync(Arg.Do<QueryRequest>(Queries.Add), Arg.Any<CancellationToken>());
        Client.ScanAsync(Arg.Do<ScanRequest>(Scans.Add), Arg.Any<CancellationToken>());
        Client.GetItemAsync(Arg.Do<GetItemRequest>(Gets.Add), Arg.Any<CancellationToken>());
        Client.BatchGetItemAsync(Arg.Do<BatchGetItemRequest>(r => BatchGets.Add(Copy(r))), Arg.Any<CancellationToken>());
        var executor = new SdkExecutor(Client);
        UnitOfWork = new DynamoUnitOfWork(executor, Microsoft.Extensions.Options.Options.Create(Options), Time, Logger);
        Context = new DynamoContext(executor, Client, Options, Model, new TableNameResolver(Options), UnitOfWork, Time, NullLoggerFactory.Instance);
    }

    public IAmazonDynamoDB Client { get; } = Substitute.For<IAmazonDynamoDB>();

    public FakeTimeProvider Time { get; } = new();

    public RecordingLogger<DynamoUnitOfWork> Logger { get; } = new();

    public DynamoRepositoryOptions Options { get; }

    public DynamoUnitOfWork UnitOfWork { get; }

    public DynamoContext Context { get; }

    public DynamoRepository<Wallet> Wallets => Repository<Wallet>();

    public DynamoRepository<LedgerEntry> Ledger => Repository<LedgerEntry>();

    public DynamoRepository<Currency> Currencies => Repository<Currency>();

    public DynamoRepository<Order> Orders => Repository<Order>();

    public DynamoRepository<Customer> Customers => Repository<Customer>();

    /// <summary>Gets the read requests sent, in order (the BatchGetItem keys copied when sent: the reader reuses its list).</summary>
    public List<QueryRequest> Queries { get; } = [];

    public List<ScanRequest> Scans { get; } = [];

    public List<GetItemRequest> Gets { get; } = [];

    public List<List<Dictionary<string, AttributeValue>>> BatchGets { get; } = [];

    /// <summary>Returns the scope's repository of <typeparamref name="T"/> (one per harness).</summary>
    public DynamoRepository<T> Repository<T>()
        where T : class
    {
        if (!_repositories.TryGetValue(typeof(T), out var repository))
        {
            repository = new DynamoRepository<T>(Context);
            _repositories[typeof(T)] = repository;
        }

        return (DynamoRepository<T>)repository;
    }

    /// <summary>Returns the number of calls made to the client, whatever the operation.</summary>
    public int CallCount() => Client.ReceivedCalls().Count();

    /// <summary>Advances the fake clock until a task completes (the code under test waits on it between retries).</summary>
    public async Task<T> DriveAsync<T>(Task<T> task)
    {
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            Time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(1);
        }

        return await task;
    }

    private static List<Dictionary<string, AttributeValue>> Copy(BatchGetItemRequest request) =>
        request.RequestItems.Single().Value.Keys.ToList();
}
