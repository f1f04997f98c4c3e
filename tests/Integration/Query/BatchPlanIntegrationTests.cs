using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>Specifications naming whole keys, against DynamoDB Local: BatchGetItem only, in the order of the ids.</summary>
[Collection(nameof(QueryPlanningIntegrationTests))]
public sealed class BatchPlanIntegrationTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IdsContains_SendsExactlyOneBatchGetItem_InIdOrder_MissingAbsent()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        var ids = new List<string> { "p-0500", "p-0002", "p-9999", "p-0777", "p-0002", "p-0001" };
        context.Requests.Clear();

        var found = await purchases.ListAsync(new PurchaseWhereSpec(p => p.CustomerId == QuerySeed.Many && ids.Contains(p.PurchaseId)), Ct);

        Assert.Equal(["p-0500", "p-0002", "p-0777", "p-0001"], found.Select(p => p.PurchaseId));
        Assert.Equal(context.Seed.ManyPurchases[777].Name, found[2].Name);
        var request = Assert.Single(context.Requests.Of<BatchGetItemRequest>());
        Assert.Equal(5, request.RequestItems.Single().Value.Keys.Count);
        Assert.Equal(1, context.Requests.Count);
    }

    [Fact]
    public async Task OrOfFullKeys_AcrossPartitions_SendsOneBatchGetItem_AndCounts()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        var spec = new PurchaseWhereSpec(p => (p.CustomerId == QuerySeed.Fifty && p.PurchaseId == context.Seed.FiftyPurchases[3].PurchaseId)
            || (p.CustomerId == QuerySeed.Many && p.PurchaseId == "p-0042")
            || (p.CustomerId == "nobody" && p.PurchaseId == "p-0042"));
        context.Requests.Clear();

        var found = await purchases.ListAsync(spec, Ct);
        var count = await purchases.CountAsync(spec, Ct);

        Assert.Equal([context.Seed.FiftyPurchases[3].PurchaseId, "p-0042"], found.Select(p => p.PurchaseId));
        Assert.Equal(2, count);
        Assert.Equal(2, context.Requests.Of<BatchGetItemRequest>().Count);
        Assert.Equal(2, context.Requests.Count);
    }

    [Fact]
    public async Task ManyIds_AreReadInChunksOf100_OnlyUntilTakeIsFilled()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        var ids = Enumerable.Range(0, 300).Select(i => $"p-{999 - i:D4}").ToArray();
        context.Requests.Clear();

        var found = await purchases.ListAsync(new PurchaseWhereSpec(p => p.CustomerId == QuerySeed.Many && ids.Contains(p.PurchaseId), q => q.Take(150)), Ct);

        Assert.Equal(ids.Take(150), found.Select(p => p.PurchaseId));
        Assert.Equal([100, 100], context.Requests.Of<BatchGetItemRequest>().Select(r => r.RequestItems.Single().Value.Keys.Count));
        Assert.Equal(2, context.Requests.Count);
    }
}
