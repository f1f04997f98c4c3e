using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>Creates the one low-level client all contenders share in a benchmark.</summary>
public static class BenchClients
{
    public static AmazonDynamoDBClient Create(string serviceUrl, HttpMessageHandler handler) =>
        new(
            new BasicAWSCredentials("bench", "bench"),
            new AmazonDynamoDBConfig
            {
                ServiceURL = serviceUrl,
                AuthenticationRegion = "us-east-1",
                HttpClientFactory = new FixedHttpClientFactory(handler),
                MaxErrorRetry = 0,
            });

    /// <summary>A client whose every request is answered by <paramref name="handler"/> in memory.</summary>
    public static AmazonDynamoDBClient CreateCanned(CannedDynamoDbHandler handler) => Create("http://canned.invalid", handler);
}
