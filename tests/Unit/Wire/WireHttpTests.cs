using Amazon.DynamoDBv2;
using Dynamo.Repositories.Wire;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire;

public sealed class WireHttpTests
{
    [Fact]
    public async Task Create_UsesTheConfigsHttpClientFactory_AndItsTimeout()
    {
        using var handler = new StubDynamoHandler();
        var config = new AmazonDynamoDBConfig { ServiceURL = "http://dynamo.test", Timeout = TimeSpan.FromSeconds(3), HttpClientFactory = new StubHttpClientFactory(handler) };

        var (client, owned) = WireHttp.Create(config);
        using (client)
        {
            await client.GetAsync(new Uri("http://dynamo.test/"), TestContext.Current.CancellationToken);
        }

        Assert.Equal(TimeSpan.FromSeconds(3), client.Timeout);
        Assert.True(owned);
        Assert.Single(handler.Received);
    }

    [Fact]
    public async Task Create_LeavesAFactorysSharedClientUntouched_WhenTheFactoryKeepsItsClients()
    {
        using var handler = new StubDynamoHandler();
        var factory = new SharedHttpClientFactory(handler);
        var config = new AmazonDynamoDBConfig { ServiceURL = "http://dynamo.test", Timeout = TimeSpan.FromSeconds(3), HttpClientFactory = factory };
        await factory.Shared.GetAsync(new Uri("http://dynamo.test/"), TestContext.Current.CancellationToken);

        var (client, owned) = WireHttp.Create(config);
        await client.GetAsync(new Uri("http://dynamo.test/"), TestContext.Current.CancellationToken);

        Assert.Same(factory.Shared, client);
        Assert.False(owned);
        Assert.Equal(TimeSpan.FromSeconds(100), client.Timeout);
        Assert.Equal(2, handler.Received.Count);
        factory.Shared.Dispose();
    }

    [Fact]
    public void Create_BuildsItsOwnClient_WithTheConfigsTimeout_WhenNoFactoryIsSet()
    {
        var config = new AmazonDynamoDBConfig { ServiceURL = "http://dynamo.test", Timeout = TimeSpan.FromSeconds(7) };

        var (client, owned) = WireHttp.Create(config);
        using (client)
        {
            Assert.Equal(TimeSpan.FromSeconds(7), client.Timeout);
            Assert.True(owned);
        }
    }
}

/// <summary>A factory that hands out one shared client and keeps it (as the benchmarks' and many hosts' factories do).</summary>
internal sealed class SharedHttpClientFactory(HttpMessageHandler handler) : Amazon.Runtime.HttpClientFactory
{
    public HttpClient Shared { get; } = new(handler, disposeHandler: false);

    public override HttpClient CreateHttpClient(Amazon.Runtime.IClientConfig clientConfig) => Shared;

    public override bool UseSDKHttpClientCaching(Amazon.Runtime.IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(Amazon.Runtime.IClientConfig clientConfig) => false;
}
