using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>Skip opted in on the specification, against DynamoDB Local: the skipped items are read, then discarded.</summary>
[Collection(nameof(QueryPlanningIntegrationTests))]
public sealed class SkipIntegrationTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_ReturnsTheItemsAfterTheSkipped_AndReadsTheSkippedOnes()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();
        var spec = new PurchaseWhereSpec(p => p.CustomerId == QuerySeed.Many, q => q.Skip(10).Take(5).AllowSkip());

        var found = await purchases.ListAsync(spec, Ct);

        Assert.Equal(Enumerable.Range(10, 5).Select(i => $"p-{i:D4}"), found.Select(p => p.PurchaseId));
        var request = Assert.Single(context.Requests.Of<QueryRequest>());
        Assert.Equal(15, request.Limit);
        Assert.Equal(1, context.Requests.Count);
    }

    [Fact]
    public async Task ListAsync_RefusesSkip_BeforeSendingAnything_WithoutOptIn()
    {
        var context = await QueryTestContext.GetAsync(fixture);
        var (scope, purchases) = context.Scope();
        using var scopeLifetime = scope;
        context.Requests.Clear();
        var spec = new PurchaseWhereSpec(p => p.CustomerId == QuerySeed.Many, q => q.Skip(10));

        var ex = await Assert.ThrowsAsync<UnsupportedSpecificationException>(() => purchases.ListAsync(spec, Ct));

        Assert.Contains("AllowSkip", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, context.Requests.Count);
    }
}
