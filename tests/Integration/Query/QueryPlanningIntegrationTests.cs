using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>Each planning rule against DynamoDB Local: the request sent and the items returned.</summary>
[Collection(nameof(QueryPlanningIntegrationTests))]
public sealed class QueryPlanningIntegrationTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Specification<Purchase> Spec(System.Linq.Expressions.Expression<Func<Purchase, bool>> where, Action<ISpecificationBuilder<Purchase>>? more = null)
    {
        var spec = new Specification<Purchase>();
        spec.Query.Where(where);
        more?.Invoke(spec.Query);
        return spec;
    }

    [Fact]
    public async Task BothKeysPinned_SendsGetItem()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();

        var found = await purchases.FirstOrDefaultAsync(Spec(p => p.CustomerId == QuerySeed.Indexed && p.PurchaseId == "2026-03"), Ct);

        Assert.Equal(context.Seed.IndexedPurchases[3].Name, found?.Name);
        Assert.Single(context.Requests.Of<GetItemRequest>());
        Assert.Equal(1, context.Requests.Count);
    }

    [Fact]
    public async Task SortKeyStartsWith_SendsBeginsWithKeyCondition()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();

        var found = await purchases.ListAsync(Spec(p => p.CustomerId == QuerySeed.Indexed && p.PurchaseId.StartsWith("2026-")), Ct);

        Assert.Equal(context.Seed.IndexedPurchases.Where(p => p.PurchaseId.StartsWith("2026-", StringComparison.Ordinal)).Select(p => p.PurchaseId).Order(StringComparer.Ordinal), found.Select(p => p.PurchaseId));
        var request = Assert.Single(context.Requests.Of<QueryRequest>());
        Assert.Contains("begins_with(", request.KeyConditionExpression, StringComparison.Ordinal);
        Assert.Null(request.FilterExpression);
    }

    [Fact]
    public async Task SortKeyRange_SendsBetween_AndOrderByDescendingReadsBackwards()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();

        var found = await purchases.ListAsync(
            Spec(p => p.CustomerId == QuerySeed.Many && p.PurchaseId.CompareTo("p-0100") >= 0 && p.PurchaseId.CompareTo("p-0109") <= 0, q => q.OrderByDescending(p => p.PurchaseId)),
            Ct);

        Assert.Equal(Enumerable.Range(100, 10).Reverse().Select(i => $"p-{i:D4}"), found.Select(p => p.PurchaseId));
        var request = Assert.Single(context.Requests.Of<QueryRequest>());
        Assert.Contains(" BETWEEN ", request.KeyConditionExpression, StringComparison.Ordinal);
        Assert.False(request.ScanIndexForward);
    }

    [Fact]
    public async Task SortKeyComparison_GoesToKeyCondition_AndOtherConditionsToFilter()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();

        var found = await purchases.ListAsync(Spec(p => p.CustomerId == QuerySeed.Many && p.PurchaseId.CompareTo("p-0990") > 0 && p.IsGift), Ct);

        Assert.Equal(["p-0992", "p-0994", "p-0996", "p-0998"], found.Select(p => p.PurchaseId));
        var request = Assert.Single(context.Requests.Of<QueryRequest>());
        Assert.EndsWith(" > :v1", request.KeyConditionExpression, StringComparison.Ordinal);
        Assert.NotNull(request.FilterExpression);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GlobalIndex_IsQueried_InBothDirections_WithBetweenOnItsSortKey(bool ascending)
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();
        var from = new DateTime(2025, 1, 1, 20, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(2025, 1, 5, 0, 0, 0, DateTimeKind.Utc);

        var found = await purchases.ListAsync(
            Spec(p => p.Status == PurchaseStatus.Shipped && p.PlacedAt >= from && p.PlacedAt <= to && p.CustomerId == QuerySeed.Indexed, q =>
            {
                if (ascending)
                {
                    q.OrderBy(p => p.PlacedAt);
                }
                else
                {
                    q.OrderByDescending(p => p.PlacedAt);
                }
            }),
            Ct);

        var expected = context.Seed.IndexedPurchases.Where(p => p.Status == PurchaseStatus.Shipped && p.PlacedAt >= from && p.PlacedAt <= to).OrderBy(p => p.PlacedAt).Select(p => p.PurchaseId).ToList();
        if (!ascending)
        {
            expected.Reverse();
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Select(p => p.PurchaseId));
        var request = Assert.Single(context.Requests.Of<QueryRequest>());
        Assert.Equal("ByStatus", request.IndexName);
        Assert.Contains(" BETWEEN ", request.KeyConditionExpression, StringComparison.Ordinal);
        Assert.Equal(ascending ? null : false, request.ScanIndexForward); // ascending is the default: not sent
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LocalIndex_IsQueried_WhenOrderedByItsSortKey(bool ascending)
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();

        var found = await purchases.ListAsync(
            Spec(p => p.CustomerId == QuerySeed.Indexed && p.Total > 100m, q =>
            {
                if (ascending)
                {
                    q.OrderBy(p => p.Total);
                }
                else
                {
                    q.OrderByDescending(p => p.Total);
                }
            }),
            Ct);

        var expected = context.Seed.IndexedPurchases.Where(p => p.Total > 100m).Select(p => p.Total).Order().ToList();
        if (!ascending)
        {
            expected.Reverse();
        }

        Assert.Equal(expected, found.Select(p => p.Total));
        var request = Assert.Single(context.Requests.Of<QueryRequest>());
        Assert.Equal("ByTotal", request.IndexName);
        Assert.Equal(ascending ? null : false, request.ScanIndexForward); // ascending is the default: not sent
    }

    [Fact]
    public async Task ReservedWordAttributes_WorkInFilters()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        var since = new DateTime(2025, 1, 2, 0, 0, 0, DateTimeKind.Utc);

        var found = await purchases.ListAsync(
            Spec(p => p.CustomerId == QuerySeed.Indexed
                && p.Status != PurchaseStatus.Cancelled
                && p.Priority != null && p.Priority >= 2
                && p.PlacedAt >= since
                && (p.Notes == null || p.Notes.Contains("vip"))
                && p.Name!.Length > 0
                && p.Tags!.Contains("red")),
            Ct);

        var expected = context.Seed.IndexedPurchases
            .Where(p => p.Status != PurchaseStatus.Cancelled && p.Priority >= 2 && p.PlacedAt >= since && p.Tags!.Contains("red"))
            .Select(p => p.PurchaseId).Order(StringComparer.Ordinal);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Select(p => p.PurchaseId));
    }

    [Fact]
    public async Task Projection_SendsProjectionExpression_AndMaterializesTheSelection()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();
        var spec = new Specification<Purchase, string>();
        spec.Query.Where(p => p.CustomerId == QuerySeed.Indexed && p.PurchaseId.StartsWith("2025-"));
        spec.Query.Select(p => p.Name!);

        var names = await purchases.ListAsync(spec, Ct);

        Assert.Equal(context.Seed.IndexedPurchases.Where(p => p.PurchaseId.StartsWith("2025-", StringComparison.Ordinal)).OrderBy(p => p.PurchaseId, StringComparer.Ordinal).Select(p => p.Name), names);
        Assert.NotNull(Assert.Single(context.Requests.Of<QueryRequest>()).ProjectionExpression);
    }

    [Fact]
    public async Task EfStyleSpecification_RunsUnchanged()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;

        var latest = await purchases.ListAsync(new LatestPurchasesSpec(QuerySeed.Many, 3), Ct);

        Assert.Equal(["p-0999", "p-0998", "p-0997"], latest.Select(p => p.PurchaseId));
    }

    [Fact]
    public async Task CountAnyAndGetMany_ReadTheSeededItems()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;

        Assert.Equal(500, await purchases.CountAsync(Spec(p => p.CustomerId == QuerySeed.Many && p.IsGift), Ct));
        Assert.True(await purchases.AnyAsync(Spec(p => p.CustomerId == QuerySeed.Fifty && p.Name == QuerySeed.Needle), Ct));
        Assert.False(await purchases.AnyAsync(Spec(p => p.CustomerId == QuerySeed.Fifty && p.Name == "nothing"), Ct));
        var keys = new[] { new EntityKey(QuerySeed.Many, "p-0500"), new EntityKey(QuerySeed.Many, "p-9999"), new EntityKey(QuerySeed.Indexed, "2025-00") };
        var batch = await purchases.GetManyAsync(keys, Ct);
        Assert.Equal(["p-0500", "2025-00"], batch.Found.Select(p => p.PurchaseId));
        Assert.Equal([keys[1]], batch.Missing);
    }

    [Fact]
    public async Task UntranslatableAndScanningSpecifications_FailNamingTheCause_WithoutSendingAnything()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();

        var untranslatable = await Assert.ThrowsAsync<UnsupportedSpecificationException>(() =>
            purchases.ListAsync(Spec(p => p.CustomerId == QuerySeed.Many && p.Name!.EndsWith("xy")), Ct));
        var ordered = await Assert.ThrowsAsync<UnsupportedSpecificationException>(() =>
            purchases.ListAsync(Spec(p => p.CustomerId == QuerySeed.Many, q => q.OrderBy(p => p.Name!)), Ct));
        var skipped = await Assert.ThrowsAsync<UnsupportedSpecificationException>(() =>
            purchases.ListAsync(Spec(p => p.CustomerId == QuerySeed.Many, q => q.Skip(5)), Ct));
        var scan = await Assert.ThrowsAsync<ScanNotAllowedException>(() =>
            purchases.ListAsync(Spec(p => p.Name == QuerySeed.Needle), Ct));

        Assert.Contains("EndsWith", untranslatable.Message, StringComparison.Ordinal);
        Assert.Contains("p.Name", ordered.Message, StringComparison.Ordinal);
        Assert.Contains("Skip", skipped.Message, StringComparison.Ordinal);
        Assert.Contains("scan", scan.Message, StringComparison.Ordinal);
        Assert.Equal(0, context.Requests.Count);
    }

    [Fact]
    public async Task ScanOptIn_ReadsEveryPartition()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;

        var found = await purchases.ListAsync(Spec(p => p.Name == QuerySeed.Needle, q => q.AllowScan()), Ct);

        Assert.Equal(QuerySeed.Fifty, Assert.Single(found).CustomerId);
    }

    [Fact]
    public async Task DeleteRangeAsync_DeletesTheMatchingItems_ThroughTheUnitOfWork()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        var fresh = Enumerable.Range(0, 4).Select(i => new Purchase { CustomerId = "c-delete", PurchaseId = $"d-{i}", Name = "temp" }).ToList();
        await purchases.AddRangeAsync(fresh, Ct);

        var deleted = await purchases.DeleteRangeAsync(Spec(p => p.CustomerId == "c-delete" && p.PurchaseId.CompareTo("d-2") >= 0), Ct);

        Assert.Equal(2, deleted);
        Assert.Equal(["d-0", "d-1"], (await purchases.ListAsync(Spec(p => p.CustomerId == "c-delete"), Ct)).Select(p => p.PurchaseId));
    }
}
