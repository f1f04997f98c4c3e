using Amazon.DynamoDBv2;
using Dynamo.Repositories.Events;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.Query;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamo.Repositories.IntegrationTests.Events;

/// <summary>A container over DynamoDB Local with accounts, parcels, a recording dispatcher and (optionally) the outbox and its relay.</summary>
public sealed class EventsTestHost : IAsyncDisposable
{
    private EventsTestHost(ServiceProvider provider, EventLog log)
    {
        Provider = provider;
        Log = log;
        Requests = new RequestLog(provider.GetRequiredService<IAmazonDynamoDB>());
    }

    public ServiceProvider Provider { get; }

    public EventLog Log { get; }

    public RequestLog Requests { get; }

    public IOutboxRelay Relay => Provider.GetRequiredService<IOutboxRelay>();

    public static EventsTestHost Start(DynamoDbLocalFixture fixture, string prefix, bool outbox, EventLog? log = null, bool countingHandler = false)
    {
        log ??= new EventLog();
        var services = new ServiceCollection();
        services.AddSingleton(log);
        services.AddDynamoRepositoriesFromTypes(
            o =>
            {
                o.ServiceUrl = fixture.ServiceUrl;
                o.TablePrefix = prefix;
                o.ConsistentReads = true;
            },
            [typeof(AccountConfiguration), typeof(ParcelConfiguration)]);
        services.AddDomainEventDispatcher<RecordingDispatcher>();
        if (outbox)
        {
            services.AddDynamoOutboxRelay(r => r.DeliveryDelay = TimeSpan.Zero, hosted: false);
        }

        if (countingHandler)
        {
            services.AddScoped<IOutboxMessageHandler, CountingHandler>();
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Task.Run(() => provider.GetRequiredService<Dynamo.Repositories.Tables.IDynamoTableManager>().CreateTablesAsync()).GetAwaiter().GetResult();
        return new EventsTestHost(provider, log);
    }

    public AsyncServiceScope OpenScope() => Provider.CreateAsyncScope();

    internal async Task<List<OutboxRecord>> OutboxAsync()
    {
        await using var scope = OpenScope();
        return [.. await scope.ServiceProvider.GetRequiredService<IDynamoRepository<OutboxRecord>>().ListAsync(new AllRecords())];
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();

    private sealed class AllRecords : Ardalis.Specification.Specification<OutboxRecord>
    {
        public AllRecords() => Query.AllowScan();
    }
}
