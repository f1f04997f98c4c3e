using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.Query;
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
