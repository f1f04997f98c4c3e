using Amazon.DynamoDBv2;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tests.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamo.Repositories.IntegrationTests.UnitOfWork;

/// <summary>
/// A container over DynamoDB Local with the wallet and ledger tables under a fresh prefix, a client of its own (no SDK
/// retries unless asked for the SDK's defaults), a request counter and a fault-injecting handler.
/// </summary>
public sealed class UowTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private int _requests;

    private UowTestHost(DynamoDbLocalFixture fixture, string prefix, Action<DynamoRepositoryOptions>? configure, string operation, bool sdkDefaults, bool clientFirst)
    {
        // By default the library is registered before the client is built, as a host's client resolved from the
        // container would be; clientFirst builds the client before the library is registered.
        Handler = new FaultInjectingHandler(operation);
        var client = clientFirst ? CreateClient(fixture, sdkDefaults) : null;
        var services = new ServiceCollection();
        services.AddDynamoRepositoriesFromTypes(
            options =>
            {
                options.ServiceUrl = fixture.ServiceUrl;
                options.TablePrefix = prefix;
                options.CreateTablesOnStartup = true;
                options.ConsistentReads = true;
                options.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
                configure?.Invoke(options);
            },
            [typeof(WalletConfiguration), typeof(LedgerEntryConfiguration)]);
        client ??= CreateClient(fixture, sdkDefaults);
        SentRequests.Observe(client, _ => Interlocked.Increment(ref _requests));
        Client = client;
        Prefix = prefix;
        services.AddSingleton<IAmazonDynamoDB>(client);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public IAmazonDynamoDB Client { get; }

    public FaultInjectingHandler Handler { get; }

    public string Prefix { get; }

    /// <summary>Gets the number of requests the client has sent (once per call, on either path).</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<UowTestHost> StartAsync(
        DynamoDbLocalFixture fixture,
        string owner,
        Action<DynamoRepositoryOptions>? configure = null,
        string operation = "TransactWriteItems",
        bool sdkDefaults = false,
        bool clientFirst = false)
    {
        var host = new UowTestHost(fixture, fixture.NewTablePrefix(owner), configure, operation, sdkDefaults, clientFirst);
        await host._provider.InitializeDynamoRepositoriesAsync(Xunit.TestContext.Current.CancellationToken);
        return host;
    }

    /// <summary>Gets a value indicating whether the container's requests take the wire path.</summary>
    public bool UsesWirePath
    {
        get
        {
            using var scope = _provider.CreateScope();
            return scope.ServiceProvider.GetRequiredService<DynamoContext>().UsesWirePath;
        }
    }

    private Amazon.DynamoDBv2.AmazonDynamoDBClient CreateClient(DynamoDbLocalFixture fixture, bool sdkDefaults) => sdkDefaults
        ? FaultInjectingClient.CreateWithSdkDefaults(fixture.ServiceUrl, Handler)
        : FaultInjectingClient.Create(fixture.ServiceUrl, Handler);

    /// <summary>Opens a scope: its repositories share one unit of work.</summary>
    public Scope OpenScope() => new(_provider.CreateAsyncScope());

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Client.Dispose();
        Handler.Dispose();
    }

    public sealed class Scope(AsyncServiceScope scope) : IAsyncDisposable
    {
        public IDynamoRepository<Wallet> Wallets { get; } = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Wallet>>();

        public IDynamoRepository<LedgerEntry> Ledger { get; } = scope.ServiceProvider.GetRequiredService<IDynamoRepository<LedgerEntry>>();

        public IUnitOfWork UnitOfWork { get; } = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
