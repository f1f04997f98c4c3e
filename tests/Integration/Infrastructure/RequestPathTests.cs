using Amazon.DynamoDBv2;
using Dynamo.Repositories.DependencyInjection;
using Dynamo.Repositories.IntegrationTests.UnitOfWork;
using Dynamo.Repositories.Tests.Model;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Infrastructure;

/// <summary>
/// This suite runs twice: in Dynamo.Repositories.IntegrationTests on the wire path, and in
/// Dynamo.Repositories.IntegrationTests.SdkPath (the AppContext switch set to false in its project) on the SDK path.
/// These tests prove which path each run takes, for the library's own client and for a host's client.
/// </summary>
public sealed class RequestPathTests(DynamoDbLocalFixture fixture)
{
    /// <summary>Gets the path this test assembly runs on.</summary>
    public static bool WirePath => !AppContext.TryGetSwitch(DynamoExecutorSelector.AppContextSwitch, out var enabled) || enabled;

    [Fact]
    public async Task TheLibrarysOwnClient_TakesThePathOfThisRun()
    {
        await using var services = TestServices.BuildFor(fixture, fixture.NewTablePrefix(nameof(RequestPathTests)), null, typeof(WalletConfiguration));
        await using var scope = services.CreateAsyncScope();

        Assert.Equal(WirePath, scope.ServiceProvider.GetRequiredService<DynamoContext>().UsesWirePath);
    }

    [Fact]
    public async Task AHostsAmazonDynamoDBClient_TakesThePathOfThisRun_AndItsRequestsAreCounted()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(RequestPathTests));
        await using var scope = host.OpenScope();
        var before = host.Requests;

        var wallet = await scope.Wallets.GetAsync("nobody", TestContext.Current.CancellationToken);

        Assert.Null(wallet);
        Assert.Equal(before + 1, host.Requests);
        Assert.Equal(WirePath, host.UsesWirePath);
        Assert.IsType<AmazonDynamoDBClient>(host.Client);
    }
}
