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
