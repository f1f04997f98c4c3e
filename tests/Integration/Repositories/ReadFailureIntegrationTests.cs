using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Ardalis.Specification;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.Query;
using Dynamo.Repositories.IntegrationTests.UnitOfWork;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Repositories;

/// <summary>Reads that DynamoDB Local refuses come back as <see cref="ReadFailedException"/>s naming the table and index.</summary>
public sealed class ReadFailureIntegrationTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_ThrowsReadFailedNamingTheTable_WhenTheTableWasNeverCreated()
    {
        var prefix = fixture.NewTablePrefix(nameof(GetAsync_ThrowsReadFailedNamingTheTable_WhenTheTableWasNeverCreated));
        await using var services = WithoutTables(prefix);
        await using var scope = services.CreateAsyncScope();
        var purchases = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Purchase>>();

        var error = await Assert.ThrowsAsync<ReadFailedException>(() => purchases.GetAsync("c-1", "p-1", Token));

        Assert.Equal(prefix + "Purchases", error.TableName);
        Assert.Equal(typeof(Purchase), error.EntityType);
        Assert.Equal("(c-1, p-1)", error.Key);
        Assert.False(error.IsTransient);
        Assert.IsType<ResourceNotFoundException>(error.InnerException);
        Assert.Contains("the table does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_ThrowsReadFailedNamingTheIndex_WhenTheTableLacksTheConfiguredIndex()
    {
        var prefix = fixture.NewTablePrefix(nameof(ListAsync_ThrowsReadFailedNamingTheIndex_WhenTheTableLacksTheConfiguredIndex));
        await using var services = WithoutTables(prefix);
        var client = services.GetRequiredService<IAmazonDynamoDB>();
        await client.CreateTableAsync(
            new CreateTableRequest
            {
                TableName = prefix + "Purchases",
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions = [new("CustomerId", ScalarAttributeType.S), new("PurchaseId", ScalarAttributeType.S)],
                KeySchema = [new("CustomerId", KeyType.HASH), new("PurchaseId", KeyType.RANGE)],
            },
            Token);
        await using var scope = services.CreateAsyncScope();
        var purchases = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Purchase>>();

        var error = await Assert.ThrowsAsync<ReadFailedException>(() => purchases.ListAsync(new ShippedSpec(), Token));

        Assert.Equal("ByStatus", error.IndexName);
        Assert.Equal(prefix + "Purchases", error.TableName);
        Assert.False(error.IsTransient);
        Assert.Contains("the table has no such index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_ThrowsTransientReadFailed_WhenTheSdkReportsThrottling_AndTheNextReadWorks()
    {
        using var handler = new FaultInjectingHandler("GetItem");
        await using var services = await WithFaultsAsync(handler, nameof(GetAsync_ThrowsTransientReadFailed_WhenTheSdkReportsThrottling_AndTheNextReadWorks));
        await using var scope = services.CreateAsyncScope();
        var purchases = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Purchase>>();
        var purchase = new Purchase { CustomerId = "c-1", PurchaseId = "p-1", Name = "first", Status = PurchaseStatus.Placed };
        await purchases.AddAsync(purchase, Token);
        handler.Inject(Fault.Throttling);

        var error = await Assert.ThrowsAsync<ReadFailedException>(() => purchases.GetAsync("c-1", "p-1", Token));
        var retried = await purchases.GetAsync("c-1", "p-1", Token);

        Assert.True(error.IsTransient);
        Assert.IsType<ProvisionedThroughputExceededException>(error.InnerException);
        Assert.Equal("(c-1, p-1)", error.Key);
        Assert.Equal("first", retried?.Name);
        Assert.Equal(2, handler.Matching);
        Assert.Equal(1, handler.Forwarded);
    }

    [Fact]
    public async Task ListAsync_ThrowsTransientReadFailed_WhenDynamoAnswersWithAServerError()
    {
        using var handler = new FaultInjectingHandler("Query");
        await using var services = await WithFaultsAsync(handler, nameof(ListAsync_ThrowsTransientReadFailed_WhenDynamoAnswersWithAServerError));
        await using var scope = services.CreateAsyncScope();
        var purchases = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Purchase>>();
        handler.Inject(Fault.InternalServerError);

        var error = await Assert.ThrowsAsync<ReadFailedException>(() => purchases.ListAsync(new LatestPurchasesSpec("c-1", 5), Token));

        Assert.True(error.IsTransient);
        Assert.IsAssignableFrom<AmazonServiceException>(error.InnerException);
        Assert.Contains("server or transport errors", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.Forwarded);
    }

    // A client whose requests of one operation pass through the fault handler (no SDK retries), with the tables created.
    private async Task<ServiceProvider> WithFaultsAsync(FaultInjectingHandler handler, string owner)
    {
        // Registered through a factory, so the container owns the client and disposes it.
        var services = new ServiceCollection()
            .AddSingleton<IAmazonDynamoDB>(_ => FaultInjectingClient.Create(fixture.ServiceUrl, handler))
            .AddDynamoRepositoriesFromTypes(
                options =>
                {
                    options.ServiceUrl = fixture.ServiceUrl;
                    options.TablePrefix = fixture.NewTablePrefix(owner);
                    options.CreateTablesOnStartup = true;
                },
                [typeof(PurchaseConfiguration)])
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await services.InitializeDynamoRepositoriesAsync(Token);
        return services;
    }

    private ServiceProvider WithoutTables(string prefix) =>
        new ServiceCollection()
            .AddDynamoRepositoriesFromTypes(
                options =>
                {
                    options.ServiceUrl = fixture.ServiceUrl;
                    options.TablePrefix = prefix;
                },
                [typeof(PurchaseConfiguration)])
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    private sealed class ShippedSpec : Specification<Purchase>
    {
        public ShippedSpec() => Query.Where(p => p.Status == PurchaseStatus.Shipped);
    }
}
