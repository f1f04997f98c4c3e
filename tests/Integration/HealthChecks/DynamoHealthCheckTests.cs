using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.HealthChecks;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.Query;
using Dynamo.Repositories.IntegrationTests.UnitOfWork;
using Dynamo.Repositories.Tables;
using Dynamo.Repositories.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.HealthChecks;

/// <summary><c>AddHealthChecks().AddDynamoRepositories()</c> against DynamoDB Local: healthy, degraded and unhealthy.</summary>
public sealed class DynamoHealthCheckTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckHealthAsync_IsHealthy_WhenEveryTableIsActiveAndMatches()
    {
        await using var services = Services(fixture.ServiceUrl, nameof(CheckHealthAsync_IsHealthy_WhenEveryTableIsActiveAndMatches), o => o.Tags.Add("ready"));
        await services.GetRequiredService<IDynamoTableManager>().CreateTablesAsync(Token);

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Token);

        var entry = Assert.Single(report.Entries);
        Assert.Equal("dynamodb", entry.Key);
        Assert.Equal(HealthStatus.Healthy, entry.Value.Status);
        Assert.Equal(["ready"], entry.Value.Tags);
    }

    [Fact]
    public async Task CheckHealthAsync_IsDegraded_WhenTheTableLacksItsGlobalIndex()
    {
        var prefix = fixture.NewTablePrefix(nameof(CheckHealthAsync_IsDegraded_WhenTheTableLacksItsGlobalIndex));
        await using var services = Services(fixture.ServiceUrl, prefix);
        await fixture.Client.CreateTableAsync(
            new CreateTableRequest
            {
                TableName = prefix + "Purchases",
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions = [new("CustomerId", ScalarAttributeType.S), new("PurchaseId", ScalarAttributeType.S), new("Total", ScalarAttributeType.N)],
                KeySchema = [new("CustomerId", KeyType.HASH), new("PurchaseId", KeyType.RANGE)],
                LocalSecondaryIndexes =
                [
                    new LocalSecondaryIndex
                    {
                        IndexName = "ByTotal",
                        KeySchema = [new("CustomerId", KeyType.HASH), new("Total", KeyType.RANGE)],
                        Projection = new Projection { ProjectionType = ProjectionType.ALL },
                    },
                ],
            },
            Token);

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Token);

        var entry = Assert.Single(report.Entries).Value;
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal($"DynamoDB tables differ from the model: {prefix}Purchases MissingIndex.", entry.Description);
        var messages = Assert.IsType<string[]>(entry.Data[prefix + "Purchases"]);
        Assert.Contains("has no global index 'ByStatus'", Assert.Single(messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHealthAsync_IsUnhealthy_WhenATableIsMissing()
    {
        var prefix = fixture.NewTablePrefix(nameof(CheckHealthAsync_IsUnhealthy_WhenATableIsMissing));
        await using var services = Services(fixture.ServiceUrl, prefix);

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Token);

        var entry = Assert.Single(report.Entries).Value;
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal($"Missing DynamoDB tables: {prefix}Purchases.", entry.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_ChecksOnlyTheConfiguredTables()
    {
        var prefix = fixture.NewTablePrefix(nameof(CheckHealthAsync_ChecksOnlyTheConfiguredTables));
        await using var services = Services(fixture.ServiceUrl, prefix, o => o.Tables.Add("SomeOtherTable"));
        var requests = new List<string>();
        SentRequests.Observe(services.GetRequiredService<IAmazonDynamoDB>(), r => requests.Add(r.GetType().Name));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Token);

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Empty(requests);
    }

    [Fact]
    public async Task CheckHealthAsync_IsUnhealthy_WhenDynamoDbStopped()
    {
        var local = await DynamoDbLocal.StartAsync(new Testing.DynamoDbLocalOptions { UseEnvironmentVariables = false, StartTimeout = TimeSpan.FromSeconds(120) }, Token);
        await using var services = Services(local.ServiceUrl, nameof(CheckHealthAsync_IsUnhealthy_WhenDynamoDbStopped));
        await services.GetRequiredService<IDynamoTableManager>().CreateTablesAsync(Token);
        var before = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Token);

        await local.DisposeAsync();
        var after = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Token);

        Assert.Equal(HealthStatus.Healthy, before.Status);
        var entry = Assert.Single(after.Entries).Value;
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("DynamoDB could not be reached or refused DescribeTable", entry.Description, StringComparison.Ordinal);
        Assert.NotNull(entry.Exception);
    }

    [Fact]
    public async Task CheckHealthAsync_IsUnhealthyWithinTheTimeout_WhenDynamoDbDoesNotAnswer()
    {
        using var handler = new DelayingHandler(TimeSpan.FromSeconds(30));
        var prefix = fixture.NewTablePrefix(nameof(CheckHealthAsync_IsUnhealthyWithinTheTimeout_WhenDynamoDbDoesNotAnswer));
        await using var services = new ServiceCollection()
            .AddSingleton<IAmazonDynamoDB>(_ => FaultInjectingClient.Create(fixture.ServiceUrl, handler))
            .AddDynamoRepositoriesFromTypes(o => o.TablePrefix = prefix, [typeof(PurchaseConfiguration)])
            .AddHealthChecks().AddDynamoRepositories(o => o.Timeout = TimeSpan.FromMilliseconds(300)).Services
            .BuildServiceProvider();
        var started = TimeProvider.System.GetTimestamp();

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Token);

        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(10));
        var entry = Assert.Single(report.Entries).Value;
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("DynamoDB did not answer within 00:00:00.3000000.", entry.Description);
    }

    [Fact]
    public void AddDynamoRepositories_RefusesANonPositiveTimeout()
    {
        var builder = new ServiceCollection().AddHealthChecks();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddDynamoRepositories(o => o.Timeout = TimeSpan.Zero));

        Assert.Contains("DynamoHealthCheckOptions.Timeout must be positive", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Services(string serviceUrl, string owner, Action<DynamoHealthCheckOptions>? configure = null) =>
        new ServiceCollection()
            .AddDynamoRepositoriesFromTypes(
                o =>
                {
                    o.ServiceUrl = serviceUrl;
                    o.TablePrefix = owner.EndsWith('-') ? owner : fixture.NewTablePrefix(owner);
                },
                [typeof(PurchaseConfiguration)])
            .AddHealthChecks().AddDynamoRepositories(configure).Services
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    private sealed class DelayingHandler(TimeSpan delay) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
