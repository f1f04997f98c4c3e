using Dynamo.Repositories.Events;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Events;

/// <summary>The outbox and relay options are validated at start-up (ValidateOnStart) with messages naming option and range.</summary>
public sealed class OutboxOptionsTests(DynamoDbLocalFixture fixture)
{
    private readonly string _prefix = fixture.NewTablePrefix(nameof(OutboxOptionsTests));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HostStart_FailsWithEveryOutboxOptionMessage_WhenOutboxOptionsAreInvalid()
    {
        using var host = Build(services => services.AddDynamoOutbox(o => (o.TableName, o.DeliveredRetention) = (" ", TimeSpan.FromSeconds(30))));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Token));

        Assert.Equal(typeof(DynamoOutboxOptions), error.OptionsType);
        Assert.Equal(
            [
                "DynamoOutboxOptions.TableName must not be empty; set it or keep the default \"Outbox\".",
                "DynamoOutboxOptions.DeliveredRetention must be between 1 minute and 365 days.",
            ],
            error.Failures);
    }

    [Fact]
    public async Task HostStart_FailsWithEveryRelayOptionMessage_WhenRelayOptionsAreInvalid()
    {
        using var host = Build(services => services.AddDynamoOutboxRelay(r =>
        {
            r.PollInterval = TimeSpan.FromMilliseconds(1);
            r.BatchSize = 1001;
            r.LeaseDuration = TimeSpan.FromHours(2);
            r.DeliveryDelay = TimeSpan.FromSeconds(-1);
        }));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Token));

        Assert.Equal(typeof(DynamoOutboxRelayOptions), error.OptionsType);
        Assert.Equal(
            [
                "DynamoOutboxRelayOptions.PollInterval must be between 10 ms and 1 hour.",
                "DynamoOutboxRelayOptions.BatchSize must be between 1 and 1000.",
                "DynamoOutboxRelayOptions.LeaseDuration must be between 1 second and 1 hour.",
                "DynamoOutboxRelayOptions.DeliveryDelay must be between zero and 1 hour.",
            ],
            error.Failures);
    }

    [Fact]
    public void Container_BuildsWithValidateOnBuild_AndReportsInvalidRelayOptionsWhenTheyAreRead()
    {
        var services = new ServiceCollection();
        services.AddDynamoRepositoriesFromTypes(o => (o.ServiceUrl, o.TablePrefix) = (fixture.ServiceUrl, _prefix), [typeof(AccountConfiguration)]);
        services.AddDomainEventDispatcher<RecordingDispatcher>().AddSingleton(new EventLog());
        services.AddDynamoOutboxRelay(r => r.BatchSize = 0);

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.IsType<OutboxRelayService>(Assert.Single(provider.GetServices<IHostedService>(), s => s is OutboxRelayService));
        Assert.NotNull(provider.GetRequiredService<IOutboxRelay>());
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DynamoOutboxRelayOptions>>().Value);
        Assert.Equal("DynamoOutboxRelayOptions.BatchSize must be between 1 and 1000.", Assert.Single(error.Failures));
    }

    private IHost Build(Action<IServiceCollection> outbox)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDynamoRepositoriesFromTypes(o => (o.ServiceUrl, o.TablePrefix) = (fixture.ServiceUrl, _prefix), [typeof(AccountConfiguration)]);
        builder.Services.AddDomainEventDispatcher<RecordingDispatcher>().AddSingleton(new EventLog());
        outbox(builder.Services);
        return builder.Build();
    }
}
