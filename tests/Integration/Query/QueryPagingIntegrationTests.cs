using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>Take and PageAsync against DynamoDB Local, where the filter runs after each 1 MB page.</summary>
[Collection(nameof(QueryPlanningIntegrationTests))]
public sealed class QueryPagingIntegrationTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Specification<Purchase> Spec(System.Linq.Expressions.Expression<Func<Purchase, bool>> where, int take = -1)
    {
        var spec = new Specification<Purchase>();
        spec.Query.Where(where);
        if (take >= 0)
        {
            spec.Query.Take(take);
        }

        return spec;
    }

    [Fact]
    public async Task Take_ReturnsTheOnlyMatch_WhenTheFilterMatchesOneOfFifty()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();

        var found = await purchases.ListAsync(Spec(p => p.CustomerId == QuerySeed.Fifty && p.Name == QuerySeed.Needle, take: 10), Ct);

        Assert.Equal("p-0047", Assert.Single(found).PurchaseId);
        Assert.All(context.Requests.Of<QueryRequest>(), r => Assert.Null(r.Limit));
    }

    [Fact]
    public async Task Take_ReturnsNItems_HoweverManyPagesItTakes()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();

        var found = await purchases.ListAsync(Spec(p => p.CustomerId == QuerySeed.Fifty && p.IsGift, take: 15), Ct);

        Assert.Equal(Enumerable.Range(0, 50).Where(i => i % 3 == 0).Take(15).Select(i => $"p-{i:D4}"), found.Select(p => p.PurchaseId));
        Assert.All(context.Requests.Of<QueryRequest>(), r => Assert.Null(r.Limit));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PageAsync_ReturnsEveryItemExactlyOnce_ThroughAThousandItems(bool filtered)
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        var spec = filtered
            ? Spec(p => p.CustomerId == QuerySeed.Many && p.IsGift)
            : Spec(p => p.CustomerId == QuerySeed.Many);
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await purchases.PageAsync(spec, 37, token, Ct);
            Assert.True(page.Items.Count <= 37);
            seen.AddRange(page.Items.Select(p => p.PurchaseId));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null && pages < 100);

        var expected = context.Seed.ManyPurchases.Where(p => !filtered || p.IsGift).Select(p => p.PurchaseId).ToList();
        Assert.Equal(expected, seen);
        Assert.Equal(expected.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task PageAsync_RejectsATokenFromAnotherSpecification()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        var page = await purchases.PageAsync(Spec(p => p.CustomerId == QuerySeed.Many), 10, null, Ct);

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() =>
            purchases.PageAsync(Spec(p => p.CustomerId == QuerySeed.Fifty), 10, page.ContinuationToken, Ct));
    }

    [Fact]
    public async Task AsAsyncEnumerable_StreamsAllMatches()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        var count = 0;

        await foreach (var purchase in purchases.AsAsyncEnumerable(Spec(p => p.CustomerId == QuerySeed.Fifty)).WithCancellation(Ct))
        {
            Assert.Equal(QuerySeed.Fifty, purchase.CustomerId);
            count++;
        }

        Assert.Equal(50, count);
    }
}
