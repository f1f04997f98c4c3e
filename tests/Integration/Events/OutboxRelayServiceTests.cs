using Dynamo.Repositories.Events;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Events;

/// <summary>The hosted relay (AddDynamoOutboxRelay()) against DynamoDB Local: it polls, delivers, and stops on cancellation.</summary>
public sealed class OutboxRelayServiceTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HostedRelay_DeliversAnEventTheDispatcherMissed_WithinAFewPollIntervals_AndStopsCleanly()
    {
        var log = new EventLog { Throw = true };
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(log);
        builder.Services.AddDynamoRepositoriesFromTypes(
            o => (o.ServiceUrl, o.TablePrefix, o.ConsistentReads, o.CreateTablesOnStartup) = (fixture.ServiceUrl, fixture.NewTablePrefix("outbox-hosted"), true, true),
            [typeof(AccountConfiguration)]);
        builder.Services.AddDomainEventDispatcher<RecordingDispatcher>();
        builder.Services.AddDynamoOutboxRelay(r => (r.PollInterval, r.DeliveryDelay) = (TimeSpan.FromMilliseconds(50), TimeSpan.Zero));
        using var host = builder.Build();
        await host.StartAsync(Token);
        var relay = Assert.IsType<OutboxRelayService>(host.Services.GetServices<IHostedService>().Single(s => s is OutboxRelayService));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>().AddAsync(Account.Open("a-hosted"), Token);
        }

        Assert.Empty(log.Dispatched); // the dispatch after the commit failed: the record waits for the relay
        log.Throw = false;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (log.Dispatched.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, Token);
        }

        Assert.Equal([new AccountOpened("a-hosted")], log.Dispatched.ToArray());
        await host.StopAsync(Token);
        // Stopped during a pause the loop returns; stopped during a pass the pass's OperationCanceledException ends it,
        // which the host treats as a clean stop. Never faulted, never still running.
        Assert.Contains(relay.ExecuteTask!.Status, new[] { TaskStatus.RanToCompletion, TaskStatus.Canceled });
        Assert.Single(log.Dispatched); // delivered once: the loop found nothing more before it stopped
    }
}
