using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.TestDomain.Baskets;
using Dynamo.Repositories.TestDomain.Contributors;

namespace Dynamo.Repositories.IntegrationTests.Domain;

// The whole mapping of the two domains: keys (generated on add, as the database does under EF) and indexes only.
public sealed class ContributorConfiguration : IDynamoEntityConfiguration<Contributor>
{
    public void Configure(DynamoEntityBuilder<Contributor> builder)
    {
        builder.HasPartitionKey(x => x.Id).HasGlobalIndex("ByStatus", x => x.Status, x => x.Name);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
    }
}

public sealed class BasketConfiguration : IDynamoEntityConfiguration<Basket>
{
    public void Configure(DynamoEntityBuilder<Basket> builder) => builder.HasPartitionKey(x => x.Id);
}

public sealed class CatalogItemConfiguration : IDynamoEntityConfiguration<CatalogItem>
{
    public void Configure(DynamoEntityBuilder<CatalogItem> builder) => builder.HasPartitionKey(x => x.Id);
}
