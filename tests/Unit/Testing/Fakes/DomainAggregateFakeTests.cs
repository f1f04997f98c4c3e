using Ardalis.Specification;
using Dynamo.Repositories.TestDomain.Baskets;
using Dynamo.Repositories.TestDomain.Contributors;
using Dynamo.Repositories.Testing.Fakes;
using Dynamo.Repositories.UnitTests.Mapping;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Fakes;

/// <summary>The unchanged CleanArchitecture and eShopOnWeb shapes through the in-memory fakes, as an application's unit tests use them.</summary>
public sealed class DomainAggregateFakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static InMemoryDynamoStore NewStore() => new(
        new Configuration<Contributor>(b => b.HasPartitionKey(x => x.Id).HasGlobalIndex("ByStatus", x => x.Status, x => x.Name)),
        new Configuration<Basket>(b => b.HasPartitionKey(x => x.Id)));

    [Fact]
    public async Task Contributor_RoundTrips_AndIsFoundThroughConversions()
    {
        var store = NewStore();
        var contributors = store.Repository<Contributor>();
        await contributors.AddAsync(new Contributor(ContributorName.From("Ardalis")) { Id = ContributorId.From(1) }.Activate().SetPhoneNumber("555-0101"), Ct);
        await contributors.AddAsync(new Contributor(ContributorName.From("Julie")) { Id = ContributorId.From(2) }.Activate(), Ct);
        var spec = new Specification<Contributor>();
        spec.Query.Where(c => c.Status == ContributorStatus.Active && c.Name.Value.StartsWith("Ar"));

        var back = await contributors.GetByIdAsync(ContributorId.From(1), Ct);
        var found = await contributors.ListAsync(spec, Ct);

        Assert.NotNull(back);
        Assert.Equal(ContributorName.From("Ardalis"), back.Name);
        Assert.Same(ContributorStatus.Active, back.Status);
        Assert.Equal(new PhoneNumber("+1", "555-0101", null), back.PhoneNumber);
        Assert.Equal([ContributorId.From(1)], found.Select(c => c.Id));
    }

    [Fact]
    public async Task Basket_KeepsItsBackingFieldItems()
    {
        var store = NewStore();
        var baskets = store.Repository<Basket>();
        var basket = new Basket("buyer-1") { Id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e") };
        basket.AddItem(3, 4.5m, 2);
        basket.AddItem(4, 1m);

        await baskets.AddAsync(basket, Ct);
        var back = await baskets.GetByIdAsync(basket.Id, Ct);

        Assert.NotNull(back);
        Assert.Equal([(3, 2, 4.5m), (4, 1, 1m)], back.Items.Select(i => (i.CatalogItemId, i.Quantity, i.UnitPrice)));
    }

    [Fact]
    public async Task GeneratedKeys_AreAssignedOnAdd_InTheFakes()
    {
        var store = new InMemoryDynamoStore(
            new Configuration<Contributor>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).ValueGeneratedOnAdd()),
            new Configuration<Basket>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).ValueGeneratedOnAdd()));
        var contributors = store.Repository<Contributor>();
        var baskets = store.Repository<Basket>();

        var first = await contributors.AddAsync(new Contributor(ContributorName.From("First")), Ct);
        var second = await contributors.AddAsync(new Contributor(ContributorName.From("Second")), Ct);
        var basket = new Basket("buyer-2");
        baskets.Add(basket);
        await baskets.SaveChangesAsync(Ct);

        Assert.Equal([ContributorId.From(1), ContributorId.From(2)], new[] { first.Id, second.Id });
        Assert.Equal(7, basket.Id.Version);
        Assert.Equal("buyer-2", (await baskets.GetByIdAsync(basket.Id, Ct))?.BuyerId);
    }
}
