using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Dynamo.Repositories.Wire;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire;

public sealed class WireExecutorFactoryTests
{
    [Fact]
    public void TryCreate_BuildsTheWirePath_FromAnAmazonDynamoDBClient()
    {
        using var handler = new StubDynamoHandler();
        using var client = WireTestClients.Client(handler);

        using var executor = WireExecutorFactory.TryCreate(client, TimeSpan.Zero, TimeProvider.System, out _);

        Assert.NotNull(executor);
        Assert.Equal(new Uri("http://dynamo.test:8000/"), executor.Endpoint);
        Assert.Same(client, executor.Source);
    }

    [Fact]
    public void TryCreate_SignsForTheRegionEndpoint_WhenNoServiceUrlIsSet()
    {
        using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("a", "b"), new AmazonDynamoDBConfig { RegionEndpoint = Amazon.RegionEndpoint.EUCentral1 });

        using var executor = WireExecutorFactory.TryCreate(client, TimeSpan.Zero, TimeProvider.System, out _);

        Assert.Equal(new Uri("https://dynamodb.eu-central-1.amazonaws.com/"), executor!.Endpoint);
    }

    [Fact]
    public void TryCreate_KeepsTheSdkPath_ForASubclassOrAMock()
    {
        using var subclass = new DerivedClient();
        var mock = Substitute.For<IAmazonDynamoDB>();

        Assert.Null(WireExecutorFactory.TryCreate(subclass, TimeSpan.Zero, TimeProvider.System, out var subclassReason));
        Assert.Null(WireExecutorFactory.TryCreate(mock, TimeSpan.Zero, TimeProvider.System, out var mockReason));
        Assert.Contains(nameof(DerivedClient), subclassReason, StringComparison.Ordinal);
        Assert.Contains("not an AmazonDynamoDBClient", mockReason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_KeepsTheSdkPath_InAdaptiveRetryMode_OrBehindAProxy()
    {
        using var adaptive = new AmazonDynamoDBClient(new BasicAWSCredentials("a", "b"), new AmazonDynamoDBConfig { ServiceURL = "http://localhost:8000", RetryMode = RequestRetryMode.Adaptive });
        using var proxied = new AmazonDynamoDBClient(new BasicAWSCredentials("a", "b"), new AmazonDynamoDBConfig { ServiceURL = "http://localhost:8000", ProxyHost = "proxy.local", ProxyPort = 3128 });

        Assert.Null(WireExecutorFactory.TryCreate(adaptive, TimeSpan.Zero, TimeProvider.System, out var adaptiveReason));
        Assert.Null(WireExecutorFactory.TryCreate(proxied, TimeSpan.Zero, TimeProvider.System, out var proxyReason));
        Assert.Contains("Adaptive", adaptiveReason, StringComparison.Ordinal);
        Assert.Contains("proxy", proxyReason, StringComparison.Ordinal);
    }

    private sealed class DerivedClient() : AmazonDynamoDBClient(new BasicAWSCredentials("a", "b"), new AmazonDynamoDBConfig { ServiceURL = "http://localhost:8000" });
}
