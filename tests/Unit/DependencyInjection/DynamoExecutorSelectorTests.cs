using Amazon.DynamoDBv2;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
