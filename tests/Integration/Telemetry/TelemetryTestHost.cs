using System.Diagnostics.Metrics;
using Amazon.DynamoDBv2;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.UnitOfWork;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories.IntegrationTests.Telemetry;

/// <summary>
/// The wallet and ledger model over DynamoDB Local with every span, measurement and log line captured: a client with no
/// SDK retries whose TransactWriteItems pass through a fault handler, logging to a recorder, tables created at start.
/// </summary>
public sealed class TelemetryTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TelemetryTestHost(ServiceProvider provider, FaultInjectingHandler handler, RecordingLoggerProvider logs)
    {
        _provider = provider;
        Handler = handler;
        Logs = logs;
        Capture = new TelemetryCapture(provider.GetRequiredService<IMeterFactory>());
    }

    public FaultInjectingHandler Handler { get; }

    public RecordingLoggerProvider Logs { get; }

    public TelemetryCapture Capture { get; }

    public string Prefix { get; private init; } = string.Empty;

    public static async Task<TelemetryTestHost> StartAsync(DynamoDbLocalFixture fixture, string owner, DynamoConsumedCapacity capacity = DynamoConsumedCapacity.None)
    {
        var handler = new FaultInjectingHandler("TransactWriteItems");
        var logs = new RecordingLoggerProvider();
        var prefix = fixture.NewTablePrefix(owner);
        var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<IAmazonDynamoDB>(_ => FaultInjectingClient.Create(fixture.ServiceUrl, handler))
            .AddDynamoRepositoriesFromTypes(
                o =>
                {
                    o.TablePrefix = prefix;
                    o.CreateTablesOnStartup = true;
                    o.ReturnConsumedCapacity = capacity;
                    o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
                },
                [typeof(WalletConfiguration), typeof(LedgerEntryConfiguration)])
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.InitializeDynamoRepositoriesAsync(Xunit.TestContext.Current.CancellationToken);
        return new TelemetryTestHost(provider, handler, logs) { Prefix = prefix };
    }

    public AsyncServiceScope OpenScope() => _provider.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        Capture.Dispose();
        await _provider.DisposeAsync();
        Handler.Dispose();
    }
}
