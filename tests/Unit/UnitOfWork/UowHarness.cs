using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

/// <summary>A unit of work and repositories over a substituted client and a fake clock.</summary>
internal sealed class UowHarness
{
    /// <summary>
    /// Gets a new model on each access, so every harness (every test) has its own metadata, and with it its own compiled
    /// mappers and write templates: a cache filled by one test cannot hide a mutant from another in a mutation run
    /// (Stryker's runner reuses one process), see docs/quality.md.
    /// </summary>
    public static EntityModel Model => EntityModelBuilder.Build([new AccountConfiguration(), new TransferConfiguration(), new TagConfiguration()]);

    public UowHarness(int commitRetryAttempts = 3)
    {
        Options = new DynamoRepositoryOptions
        {
            TablePrefix = "test-",
            CommitRetryAttempts = commitRetryAttempts,
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
        };
        Client.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>()).Returns(new PutItemResponse());
        Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>()).Returns(new UpdateItemResponse());
        Client.DeleteItemAsync(Arg.Any<DeleteItemRequest>(), Arg.Any<CancellationToken>()).Returns(new DeleteItemResponse());
        Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>()).Returns(new TransactWriteItemsResponse());
        var executor = new SdkExecutor(Client);
        var model = Model;
        UnitOfWork = new DynamoUnitOfWork(executor, Microsoft.Extensions.Options.Options.Create(Options), Time, Logger);
        Context = new DynamoContext(executor, Client, Options, model, new TableNameResolver(Options), UnitOfWork, Time, NullLoggerFactory.Instance);
        Accounts = new DynamoRepository<Account>(Context);
        Transfers = new DynamoRepository<Transfer>(Context);
        Tags = new DynamoRepository<Tag>(Context);
    }

    public IAmazonDynamoDB Client { get; } = Substitute.For<IAmazonDynamoDB>();

    public FakeTimeProvider Time { get; } = new();

    public RecordingLogger<DynamoUnitOfWork> Logger { get; } = new();

    public DynamoRepositoryOptions Options { get; }

    public DynamoUnitOfWork UnitOfWork { get; }

    public DynamoContext Context { get; }

    public DynamoRepository<Account> Accounts { get; }

    public DynamoRepository<Transfer> Transfers { get; }

    public DynamoRepository<Tag> Tags { get; }

    public static Faker<Account> AccountFaker(int seed = 7) => new Faker<Account>()
        .UseSeed(seed)
        .RuleFor(a => a.Id, f => "acc-" + f.Random.AlphaNumeric(8))
        .RuleFor(a => a.Owner, f => f.Name.FullName())
        .RuleFor(a => a.Balance, f => f.Finance.Amount(0, 1000))
        .RuleFor(a => a.Note, f => f.Lorem.Sentence())
        .RuleFor(a => a.Version, f => f.Random.Long(1, 50));

    public static Faker<Transfer> TransferFaker(int seed = 11) => new Faker<Transfer>()
        .UseSeed(seed)
        .RuleFor(t => t.AccountId, f => "acc-" + f.Random.AlphaNumeric(8))
        .RuleFor(t => t.TransferId, f => f.Random.Guid().ToString())
        .RuleFor(t => t.Amount, f => f.Finance.Amount(1, 500))
        .RuleFor(t => t.Memo, f => f.Lorem.Word());

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
}

internal sealed class RecordingLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((logLevel, formatter(state, exception)));
}
