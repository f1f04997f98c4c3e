using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Dynamo.Repositories.Wire;

namespace Dynamo.Repositories.UnitTests.Wire;

/// <summary>SDK clients over a stub handler, and the wire executors built from them.</summary>
public static class WireTestClients
{
    public const string AccessKey = "AKIDWIRETEST";

    public static AmazonDynamoDBClient Client(HttpMessageHandler handler, int maxErrorRetry = 0, AWSCredentials? credentials = null) =>
        new(
            credentials ?? new BasicAWSCredentials(AccessKey, "wire-secret"),
            new AmazonDynamoDBConfig
            {
                ServiceURL = "http://dynamo.test:8000",
                AuthenticationRegion = "eu-west-1",
                MaxErrorRetry = maxErrorRetry,
                HttpClientFactory = new StubHttpClientFactory(handler),
            });

    internal static WireExecutor Executor(HttpMessageHandler handler, int maxErrorRetry = 0, AWSCredentials? credentials = null) =>
        WireExecutorFactory.TryCreate(Client(handler, maxErrorRetry, credentials), TimeSpan.Zero, TimeProvider.System, out var reason)
        ?? throw new InvalidOperationException("No wire path: " + reason);
}
