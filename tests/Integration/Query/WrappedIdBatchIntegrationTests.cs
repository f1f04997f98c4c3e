using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.IntegrationTests.Domain;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.TestDomain.Contributors;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>Vogen ids in <c>ids.Contains(x.Id)</c> against DynamoDB Local: one BatchGetItem keyed by the stored numbers.</summary>
public sealed class WrappedIdBatchIntegrationTests(DynamoDbLocalFixture fixture) : IDisposable
{
    private readonly ServiceProvider _services = TestServices.BuildFor(
        fixture, fixture.NewTablePrefix(nameof(WrappedIdBatchIntegrationTests)), null, typeof(ContributorConfiguration));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task IdsContains_OfVogenIds_SendsOneBatchGetItem_AndReturnsInIdOrder()
    {
        using var scope = _services.CreateScope();
        var contributors = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Contributor>>();
        foreach (var (id, name) in new[] { (1, "Ardalis"), (2, "Julie"), (3, "Steve") })
        {
            await contributors.AddAsync(new Contributor(ContributorName.From(name)) { Id = ContributorId.From(id) }, Ct);
        }

        var requests = new RequestLog(_services.GetRequiredService<IAmazonDynamoDB>());
        ContributorId[] ids = [ContributorId.From(3), ContributorId.From(7), ContributorId.From(1)];
        var spec = new Specification<Contributor>();
        spec.Query.Where(c => ids.Contains(c.Id));

        var found = await contributors.ListAsync(spec, Ct);

        Assert.Equal(["Steve", "Ardalis"], found.Select(c => c.Name.Value));
        var request = Assert.Single(requests.Of<BatchGetItemRequest>());
        Assert.Equal(["3", "7", "1"], request.RequestItems.Single().Value.Keys.Select(k => k.Single().Value.N));
        Assert.Equal(1, requests.Count);
    }
}
