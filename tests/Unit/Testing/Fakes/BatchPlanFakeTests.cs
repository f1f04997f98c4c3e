using Ardalis.Specification;
using Dynamo.Repositories.TestDomain.Contributors;
using Dynamo.Repositories.Testing.Fakes;
using Dynamo.Repositories.UnitTests.Mapping;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Fakes;

/// <summary>Specifications naming wrapped ids, through the in-memory fakes (the same BatchGetItem plan as against DynamoDB).</summary>
public sealed class BatchPlanFakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IdsContains_ReturnsTheContributorsInIdOrder_MissingAbsent()
    {
        var store = new InMemoryDynamoStore(new Configuration<Contributor>(b => b.HasPartitionKey(x => x.Id)));
        var contributors = store.Repository<Contributor>();
        foreach (var (id, name) in new[] { (1, "Ardalis"), (2, "Julie"), (3, "Steve") })
        {
            await contributors.AddAsync(new Contributor(ContributorName.From(name)) { Id = ContributorId.From(id) }, Ct);
        }

        ContributorId[] ids = [ContributorId.From(3), ContributorId.From(9), ContributorId.From(1), ContributorId.From(3)];
        var spec = new Specification<Contributor>();
        spec.Query.Where(c => ids.Contains(c.Id));
        var or = new Specification<Contributor>();
        or.Query.Where(c => c.Id == ContributorId.From(2) || c.Id == ContributorId.From(1));

        var found = await contributors.ListAsync(spec, Ct);
        var ored = await contributors.ListAsync(or, Ct);

        Assert.Equal(["Steve", "Ardalis"], found.Select(c => c.Name.Value));
        Assert.Equal([ContributorId.From(2), ContributorId.From(1)], ored.Select(c => c.Id));
        Assert.Equal(2, await contributors.CountAsync(spec, Ct));
    }
}
