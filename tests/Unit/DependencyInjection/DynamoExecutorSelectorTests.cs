using Amazon.DynamoDBv2;
using Dynamo.Repositories.DependencyInjection;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.DependencyInjection;

public sealed class DynamoExecutorSelectorTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    [Fact]
    public void UsesWirePath_IsTrue_ForTheLibrarysOwnClient()
    {
        using var provider = Build(_ => { }).BuildServiceProvider(Strict);

        Assert.True(Context(provider).UsesWirePath);
    }

    [Fact]
    public void UsesWirePath_IsFalse_WhenTheOptionTurnsItOff()
    {
        using var provider = Build(o => o.UseWirePath = false).BuildServiceProvider(Strict);

        Assert.False(Context(provider).UsesWirePath);
    }

    [Fact]
    public void UsesWirePath_IsFalse_ForAHostRegisteredMock()
    {
        var services = Build(_ => { });
        services.AddSingleton(Substitute.For<IAmazonDynamoDB>());
        using var provider = services.BuildServiceProvider(Strict);

        Assert.False(Context(provider).UsesWirePath);
    }

    [Fact]
    public void UseWirePath_IsBoundFromConfiguration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["UseWirePath"] = "false" })
            .Build();

        var options = new DynamoRepositoryOptions();
        configuration.Bind(options);

        Assert.False(options.UseWirePath);
        Assert.True(new DynamoRepositoryOptions().UseWirePath);
    }

    [Fact]
    public void Create_LogsThePathAndWhy()
    {
        using var logs = new RecordingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
        using var client = new AmazonDynamoDBClient(new Amazon.Runtime.BasicAWSCredentials("a", "b"), new AmazonDynamoDBConfig { ServiceURL = "http://localhost:8000" });

        var wire = DynamoExecutorSelector.Create(client, new DynamoRepositoryOptions(), TimeProvider.System, loggerFactory);
        var sdk = DynamoExecutorSelector.Create(client, new DynamoRepositoryOptions { UseWirePath = false }, TimeProvider.System, loggerFactory);

        (wire as IDisposable)?.Dispose();
        Assert.IsType<Dynamo.Repositories.Wire.WireExecutor>(wire);
        Assert.IsType<Dynamo.Repositories.Execution.SdkExecutor>(sdk);
        Assert.Collection(
            logs.Entries,
            e => Assert.True(e.EventId.Id == 1010 && e.Category == "Dynamo.Repositories.Wire" && e.Message.Contains("http://localhost:8000/", StringComparison.Ordinal), e.Message),
            e => Assert.True(e.EventId.Id == 1011 && e.Message.Contains("UseWirePath is false", StringComparison.Ordinal), e.Message));
    }

    private static IServiceCollection Build(Action<DynamoRepositoryOptions> configure) =>
        new ServiceCollection().AddDynamoRepositories(
            (DynamoRepositoryOptions o) =>
            {
                o.ServiceUrl = "http://localhost:8000";
                configure(o);
            },
            new[] { typeof(GadgetConfiguration) });

    private static DynamoContext Context(ServiceProvider provider) =>
        provider.CreateScope().ServiceProvider.GetRequiredService<DynamoContext>();
}
