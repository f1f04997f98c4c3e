using Ardalis.Specification;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>The position attributes of a query on a global index without sort key: the table key, then the index key.</summary>
public sealed class QueryPlannerIndexPositionTests
{
    [Fact]
    public void Plan_ListsTheTableKeyAndTheIndexPartitionKey_WhenTheGlobalIndexHasNoSortKey()
    {
        var spec = new Specification<Badge>();
        spec.Query.Where(b => b.Owner == "o-1");
        var metadata = EntityModelBuilder.Build([new BadgeConfiguration()]).Get<Badge>();

        var plan = QueryPlanner<Badge>.Plan(metadata, spec, new DynamoRepositoryOptions(), "Badges");

        Assert.Equal("ByOwner", plan.Index!.Name);
        Assert.Equal(["Id", "Owner"], plan.PositionAttributes);
    }

    public sealed class Badge
    {
        public string Id { get; set; } = "";

        public string Owner { get; set; } = "";
    }

    public sealed class BadgeConfiguration : IDynamoEntityConfiguration<Badge>
    {
        public void Configure(DynamoEntityBuilder<Badge> builder)
        {
            builder.ToTable("Badges");
            builder.HasPartitionKey(b => b.Id);
            builder.HasGlobalIndex("ByOwner", b => b.Owner);
        }
    }
}
