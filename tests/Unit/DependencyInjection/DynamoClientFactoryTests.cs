using Amazon;
using Amazon.Runtime;
using Dynamo.Repositories.DependencyInjection;
using Dynamo.Repositories.Options;
using Xunit;

namespace Dynamo.Repositories.UnitTests.DependencyInjection;

public sealed class DynamoClientFactoryTests
{
    [Fact]
    public void CreateConfig_UsesServiceUrlAndDefaultSigningRegion_WhenServiceUrlIsSet()
    {
        var config = DynamoClientFactory.CreateConfig(new DynamoRepositoryOptions
        {
            ServiceUrl = "http://localhost:8000",
            Timeout = TimeSpan.FromSeconds(42),
            MaxRetryAttempts = 7,
            RetryMode = DynamoRetryMode.Adaptive,
        });

        Assert.Equal("http://localhost:8000/", config.ServiceURL);
        Assert.Equal("us-east-1", config.AuthenticationRegion);
        Assert.Equal(TimeSpan.FromSeconds(42), config.Timeout);
        Assert.Equal(7, config.MaxErrorRetry);
        Assert.Equal(RequestRetryMode.Adaptive, config.RetryMode);
    }

    [Fact]
    public void CreateConfig_SignsForConfiguredRegion_WhenServiceUrlAndRegionAreSet()
    {
        var config = DynamoClientFactory.CreateConfig(new DynamoRepositoryOptions { ServiceUrl = "http://localhost:8000", Region = "eu-west-1" });

        Assert.Equal("eu-west-1", config.AuthenticationRegion);
    }

    [Fact]
    public void CreateConfig_UsesRegionEndpoint_WhenOnlyRegionIsSet()
    {
        var config = DynamoClientFactory.CreateConfig(new DynamoRepositoryOptions { Region = "eu-central-1" });

        Assert.Equal(RegionEndpoint.EUCentral1, config.RegionEndpoint);
        Assert.Equal(RequestRetryMode.Standard, config.RetryMode);
    }

    [Theory]
    [InlineData("http://localhost:8000", true)]
    [InlineData("http://127.0.0.1:8000", true)]
    [InlineData("http://[::1]:8000", true)]
    [InlineData("http://dynamodb-local:8000", true)]
    [InlineData("https://dynamodb.eu-west-1.amazonaws.com", false)]
    [InlineData(null, false)]
    public void IsLocal_RecognisesEmulatorEndpoints(string? url, bool expected)
    {
        Assert.Equal(expected, DynamoClientFactory.IsLocal(url));
    }

    [Fact]
    public void LocalCredentials_IsNull_WhenEndpointIsRemote()
    {
        var config = DynamoClientFactory.CreateConfig(new DynamoRepositoryOptions { Region = "eu-west-1" });

        Assert.Null(DynamoClientFactory.LocalCredentials(config));
    }

    [Fact]
    public void LocalCredentials_AreResolved_WhenEndpointIsLocal()
    {
        var config = DynamoClientFactory.CreateConfig(new DynamoRepositoryOptions { ServiceUrl = "http://localhost:8000" });

        var credentials = DynamoClientFactory.LocalCredentials(config);

        Assert.NotNull(credentials);
        Assert.False(string.IsNullOrEmpty(credentials.GetCredentials().AccessKey));
    }
}
