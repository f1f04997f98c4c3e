using System.Diagnostics.Metrics;
using Amazon.DynamoDBv2;
using Dynamo.Repositories.DependencyInjection;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Telemetry;
using Dynamo.Repositories.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.DependencyInjection;

public sealed class DynamoObservabilityRegistrationsTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void AddDynamoRepositories_RegistersTheInstrumentationOverTheContainersMeterFactory()
    {
        using var provider = Services(o => o.ServiceUrl = "http://localhost:8000").BuildServiceProvider(Strict);

        var instrumentation = provider.GetRequiredService<DynamoInstrumentation>();

        Assert.Same(instrumentation, provider.GetRequiredService<DynamoInstrumentation>());
        Assert.Same(provider.GetRequiredService<IMeterFactory>(), instrumentation.Meter.Scope);
    }

    [Fact]
    public void AddDynamoRepositories_KeepsTheHostsMeterFactory()
    {
        var factory = Substitute.For<IMeterFactory>();
        factory.Create(Arg.Any<MeterOptions>()).Returns(c => new Meter(c.Arg<MeterOptions>()));

        using var provider = new ServiceCollection().AddSingleton(factory).AddDynamoRepositoriesFromTypes(_ => { }, RegistrationTestTypes.Valid).BuildServiceProvider(Strict);

        Assert.Same(factory, provider.GetRequiredService<IMeterFactory>());
        _ = provider.GetRequiredService<DynamoInstrumentation>();
        factory.Received(1).Create(Arg.Is<MeterOptions>(o => o.Name == "Dynamo.Repositories"));
    }

    [Fact]
    public void IgnoredClientOptions_NamesEveryClientOptionSetAwayFromItsDefault()
    {
        var options = new DynamoRepositoryOptions
        {
            ServiceUrl = "http://localhost:8000",
            Region = "eu-west-1",
            Timeout = TimeSpan.FromSeconds(3),
            MaxRetryAttempts = 1,
            RetryMode = DynamoRetryMode.Adaptive,
            TablePrefix = "not-a-client-option-",
        };

        Assert.Equal(["ServiceUrl", "Region", "Timeout", "MaxRetryAttempts", "RetryMode"], DynamoStartupChecks.IgnoredClientOptions(options));
        Assert.Empty(DynamoStartupChecks.IgnoredClientOptions(new DynamoRepositoryOptions()));
    }

    [Fact]
    public async Task InitializeDynamoRepositoriesAsync_WarnsNamingTheIgnoredKeys_WhenTheHostRegisteredItsClient()
    {
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs))
            .AddSingleton(Substitute.For<IAmazonDynamoDB>())
            .AddDynamoRepositoriesFromTypes(o =>
            {
                o.Region = "eu-west-1";
                o.MaxRetryAttempts = 5;
            }, RegistrationTestTypes.Valid);
        await using var provider = services.BuildServiceProvider(Strict);

        await provider.InitializeDynamoRepositoriesAsync(Token);

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(1001, warning.EventId.Id);
        Assert.Equal("Dynamo.Repositories.Startup", warning.Category);
        Assert.Contains("ignored: DynamoRepositoryOptions.Region, DynamoRepositoryOptions.MaxRetryAttempts.", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("eu-west-1", warning.Message, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 1000 && e.Message.Contains("client from the host's registration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InitializeDynamoRepositoriesAsync_DoesNotWarn_WhenTheClientIsMadeFromTheOptions()
    {
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs))
            .AddDynamoRepositoriesFromTypes(o =>
            {
                o.ServiceUrl = "http://localhost:8000";
                o.MaxRetryAttempts = 5;
            }, RegistrationTestTypes.Valid);
        await using var provider = services.BuildServiceProvider(Strict);

        await provider.InitializeDynamoRepositoriesAsync(Token);

        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 1000 && e.Message.Contains("client from the options", StringComparison.Ordinal));
    }

    private static IServiceCollection Services(Action<DynamoRepositoryOptions> configure) =>
        new ServiceCollection().AddDynamoRepositoriesFromTypes(configure, RegistrationTestTypes.Valid);
}
