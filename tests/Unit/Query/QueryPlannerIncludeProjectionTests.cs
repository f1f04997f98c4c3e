using System.Linq.Expressions;
using Ardalis.Specification;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.UnitTests.Metadata;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>Includes through embedded objects and collections of them, and projections that use the whole entity.</summary>
public sealed class QueryPlannerIncludeProjectionTests
{
    private static readonly DynamoRepositoryOptions Defaults = new();

    [Fact]
    public void Plan_AcceptsThenIncludeInsideACollectionOfEmbeddedObjects()
    {
        var spec = Rich();
        spec.Query.Include(r => r.Lines!).ThenInclude(l => l.Tags);

        Assert.Equal(QueryOperation.GetItem, Plan(spec).Operation);
    }

    [Fact]
    public void Plan_AcceptsAnIncludePathInsideACollectionOfEmbeddedObjects()
    {
        var spec = Rich();
        spec.Query.Include("Lines.Tags");

        Assert.Equal(QueryOperation.GetItem, Plan(spec).Operation);
    }

    [Fact]
    public void Plan_AcceptsAnIncludeOfAMemberOfANestedEmbeddedObject()
    {
        var spec = Rich();
        spec.Query.Include(r => r.Home!.Previous!.City);

        Assert.Equal(QueryOperation.GetItem, Plan(spec).Operation);
    }

    [Fact]
    public void Plan_RefusesAnIncludePathThroughAScalar()
    {
        var spec = Rich();
        spec.Query.Include("Home.City.Length");

        var error = Assert.Throws<UnsupportedSpecificationException>(() => Plan(spec));

        Assert.Equal("Home.City.Length", error.Expression);
    }

    [Fact]
    public void Plan_ReadsTheWholeItem_WhenTheProjectionUsesTheWholeEntityBesideAMember()
    {
        Expression<Func<Order, object>> once = o => new { o.Name, Whole = o };
        Expression<Func<Order, object>> twice = o => new { o.Name, First = o, Second = o };

        Assert.Null(Project(once).Projection);
        Assert.Null(Project(twice).Projection);
    }

    [Fact]
    public void Plan_ProjectsTheMembers_WhenAnInnerLambdaHasItsOwnParameter()
    {
        Expression<Func<Order, object>> selector = o => new { o.Name, Tags = o.Tags!.Select(t => t) };

        Assert.Equal("name, Tags, CustomerId, OrderId", PlanText.Projection(Project(selector)));
    }

    [Fact]
    public void Plan_ListsEachPositionAttributeOnce_ForALocalIndex()
    {
        var plan = QueryPlanner<Order>.Plan(QueryModel.Orders, Specs.Orders(o => o.CustomerId == "c" && o.Total > 3), Defaults, "Orders");

        Assert.Equal("ByTotal", plan.Index!.Name);
        Assert.Equal(["CustomerId", "OrderId", "Total"], plan.PositionAttributes);
    }

    private static QueryPlan Project(LambdaExpression selector) =>
        QueryPlanner<Order>.Plan(QueryModel.Orders, Specs.Orders(o => o.CustomerId == "c"), Defaults, "Orders", selector);

    private static Specification<RichEntity> Rich()
    {
        var spec = new Specification<RichEntity>();
        spec.Query.Where(r => r.Id == "r-1");
        return spec;
    }

    private static QueryPlan Plan(Specification<RichEntity> spec) =>
        QueryPlanner<RichEntity>.Plan(EntityModelBuilder.Build([new RichEntityConfiguration()]).Get<RichEntity>(), spec, Defaults, "Rich");
}
