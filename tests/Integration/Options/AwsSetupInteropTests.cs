using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.Query;
using Dynamo.Repositories.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Options;

/// <summary>
/// A host that registers its client the AWS way (<c>AddDefaultAWSOptions(configuration.GetAWSOptions())</c> and
/// <c>AddAWSService&lt;IAmazonDynamoDB&gt;()</c>, AWSSDK.Extensions.NETCore.Setup) gets repositories over that client.
/// </summary>
public sealed class AwsSetupInteropTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Repositories_UseTheClientOfAddAWSService_ConfiguredFromTheAwsSection()
    {
        var logs = new RecordingLoggerProvider();
        await using var services = Build(fixture.NewTablePrefix(nameof(Repositories_UseTheClientOfAddAWSService_ConfiguredFromTheAwsSection)), logs, dynamoKeys: []);
        var client = services.GetRequiredService<IAmazonDynamoDB>();
        var sent = 0;
        SentRequests.Observe(client, _ => Interlocked.Increment(ref sent));
        await services.InitializeDynamoRepositoriesAsync(Token);

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDynamoRepository<Purchase>>()
                .AddAsync(new Purchase { CustomerId = "c-1", PurchaseId = "p-1", Name = "via AddAWSService" }, Token);
        }

        await using var reading = services.CreateAsyncScope();
        var read = await reading.ServiceProvider.GetRequiredService<IDynamoRepository<Purchase>>().GetAsync("c-1", "p-1", Token);

        Assert.Equal("via AddAWSService", read?.Name);
        Assert.Equal(RequestPathTests.WirePath, reading.ServiceProvider.GetRequiredService<DynamoContext>().UsesWirePath);
        Assert.Equal(fixture.ServiceUrl.TrimEnd('/') + "/", client.Config.ServiceURL);
        Assert.True(sent >= 3, $"{sent} requests went through the host's client");
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 1000 && e.Message.Contains("the host's registration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Startup_WarnsNamingTheIgnoredKeys_WhenTheDynamoDbSectionAlsoSetsClientOptions()
    {
        var logs = new RecordingLoggerProvider();
        await using var services = Build(
            fixture.NewTablePrefix(nameof(Startup_WarnsNamingTheIgnoredKeys_WhenTheDynamoDbSectionAlsoSetsClientOptions)),
            logs,
            dynamoKeys: [new("DynamoDb:ServiceUrl", "http://localhost:1"), new("DynamoDb:Timeout", "00:00:03"), new("DynamoDb:RetryMode", "Adaptive")]);

        await services.InitializeDynamoRepositoriesAsync(Token);

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(1001, warning.EventId.Id);
        Assert.Contains("these client options are ignored: DynamoDb:ServiceUrl, DynamoDb:Timeout, DynamoDb:RetryMode.", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost:1", warning.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build(string prefix, RecordingLoggerProvider logs, KeyValuePair<string, string?>[] dynamoKeys)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
            [
                new("AWS:ServiceURL", fixture.ServiceUrl),
                new("AWS:Region", "us-east-1"),
                new("DynamoDb:TablePrefix", prefix),
                new("DynamoDb:CreateTablesOnStartup", "true"),
                .. dynamoKeys,
            ])
            .Build();
        var aws = configuration.GetAWSOptions();
        aws.Credentials = new BasicAWSCredentials("local", "local"); // DynamoDB Local accepts any; the chain may have none here
        return new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs))
            .AddDefaultAWSOptions(aws)
            .AddAWSService<IAmazonDynamoDB>()
            .AddDynamoRepositories(configuration.GetSection("DynamoDb"), typeof(PurchaseConfiguration).Assembly)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
