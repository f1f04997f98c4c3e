using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Dynamo.Repositories.Wire;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire;

public sealed class WireCredentialsTests
{
    private static readonly AmazonDynamoDBConfig Config = new() { ServiceURL = "http://dynamo.test:8000", AuthenticationRegion = "eu-west-1" };

    [Fact]
    public async Task GetAsync_ReadsBasicCredentialsOnce_AndCompletesSynchronously()
    {
        var credentials = new WireCredentials(new BasicAWSCredentials("AKIDBASIC", "secret"), Config);

        var pending = credentials.GetAsync(CancellationToken.None);
        Assert.True(pending.IsCompletedSuccessfully);
        var first = await pending;
        var second = await credentials.GetAsync(CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal("AKIDBASIC", first.AccessKey);
    }

    [Fact]
    public async Task GetAsync_ReadsSessionCredentialsOnce_WithTheirToken()
    {
        var credentials = new WireCredentials(new SessionAWSCredentials("AKIDSESSION", "secret", "token"), Config);

        var pending = credentials.GetAsync(CancellationToken.None);
        Assert.True(pending.IsCompletedSuccessfully);
        var first = await pending;

        Assert.Same(first, await credentials.GetAsync(CancellationToken.None));
        Assert.Equal("token", first.Token);
    }

    [Fact]
    public async Task GetAsync_AsksASubclassOfTheSdkCredentials_EveryTime()
    {
        var credentials = new WireCredentials(new RotatingCredentials(), Config);

        var first = await credentials.GetAsync(TestContext.Current.CancellationToken);
        var second = await credentials.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal("AKID1", first.AccessKey);
        Assert.Equal("AKID2", second.AccessKey);
    }

    /// <summary>Basic credentials whose subclass rotates them: the wire path must not cache what it cannot know is fixed.</summary>
    private sealed class RotatingCredentials() : BasicAWSCredentials("AKID0", "secret")
    {
        private int _calls;

        public override ImmutableCredentials GetCredentials() => new("AKID" + Interlocked.Increment(ref _calls), "secret", null);
    }
}
