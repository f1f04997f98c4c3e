using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Options;

public sealed class StartupTests(DynamoDbLocalFixture fixture)
{
    private readonly string _prefix = fixture.NewTablePrefix(nameof(StartupTests));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HostStart_FailsNamingEntityAndProperty_WhenAnEntityConfigurationIsWrong()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.Configure<ParcelConfigurationSwitch>(s => s.VersionOnLabel = true);
        builder.Services.AddDynamoRepositoriesFromTypes(o => (o.ServiceUrl, o.TablePrefix) = (fixture.ServiceUrl, _prefix), [typeof(ParcelConfiguration)]);
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<EntityConfigurationException>(() => host.StartAsync(Token));

        Assert.Equal(typeof(Parcel), exception.EntityType);
        Assert.Equal(nameof(Parcel.Label), exception.PropertyName);
        Assert.Contains("Parcel.Label is the version", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_FailsNamingTheKey_WhenAnOptionIsInvalid()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DynamoDb:ServiceUrl"] = fixture.ServiceUrl,
            ["DynamoDb:TablePrefix"] = _prefix,
            ["DynamoDb:CommitRetryAttempts"] = "50",
        });
        builder.Services.AddDynamoRepositories(builder.Configuration.GetSection("DynamoDb"));
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Token));

        Assert.Equal("DynamoDb:CommitRetryAttempts 50 is out of range; set it between 0 and 10 (default 3).", Assert.Single(exception.Failures));
    }

    [Fact]
    public async Task HostStart_CreatesTables_WhenCreateTablesOnStartup()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDynamoRepositoriesFromTypes(
            o => (o.ServiceUrl, o.TablePrefix, o.CreateTablesOnStartup) = (fixture.ServiceUrl, _prefix, true),
            [typeof(ParcelConfiguration)]);
        using var host = builder.Build();

        await host.StartAsync(Token);
        var table = await fixture.Client.DescribeTableAsync(_prefix + "OptionsParcels", Token);
        await host.StopAsync(Token);

        Assert.Equal(Amazon.DynamoDBv2.TableStatus.ACTIVE, table.Table.TableStatus);
    }

    [Fact]
    public async Task Initialize_FailsNamingEntity_WhenNoHostIsUsed()
    {
        var services = new ServiceCollection()
            .Configure<ParcelConfigurationSwitch>(s => s.VersionOnLabel = true)
            .AddDynamoRepositoriesFromTypes(o => (o.ServiceUrl, o.TablePrefix) = (fixture.ServiceUrl, _prefix), [typeof(ParcelConfiguration)]);
        await using var provider = services.BuildServiceProvider();

        var exception = await Assert.ThrowsAsync<EntityConfigurationException>(() => provider.InitializeDynamoRepositoriesAsync(Token));

        Assert.Equal(nameof(Parcel.Label), exception.PropertyName);
    }
}
