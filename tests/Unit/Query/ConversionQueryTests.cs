using System.Linq.Expressions;
using Ardalis.Specification;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.TestDomain.Contributors;
using Dynamo.Repositories.UnitTests.Mapping;
using Xunit;
using WrappedOrder = Dynamo.Repositories.UnitTests.Mapping.Order;

namespace Dynamo.Repositories.UnitTests.Query;

public sealed class ConversionQueryTests
{
    private static readonly EntityMetadata<Contributor> Contributors = EntityModelBuilder.Build([new Configuration<Contributor>(b =>
    {
        b.HasPartitionKey(x => x.Id);
        b.HasGlobalIndex("ByStatus", x => x.Status, x => x.Name);
    })]).Get<Contributor>();

    private static QueryPlan Plan(Expression<Func<Contributor, bool>> where, bool allowScans = false)
    {
        var spec = new Specification<Contributor>();
        spec.Query.Where(where);
        return QueryPlanner<Contributor>.Plan(Contributors, spec, new DynamoRepositoryOptions { AllowScans = allowScans }, "Contributor");
    }

    [Fact]
    public void Plan_ConvertsASmartEnumConstant_AndQueriesTheIndexKeyedByIt()
    {
        var plan = Plan(c => c.Status == ContributorStatus.Active);

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Equal("ByStatus", plan.Index!.Name);
        Assert.Equal("Status = 1", PlanText.KeyCondition(plan));
    }

    [Fact]
    public void Plan_TranslatesAWrapperValueStartsWith_ToBeginsWithOnTheStoredAttribute()
    {
        var plan = Plan(c => c.Status == ContributorStatus.Active && c.Name.Value.StartsWith("Ar"));

        Assert.Equal("Status = 1 AND begins_with(Name, 'Ar')", PlanText.KeyCondition(plan));
        Assert.Null(plan.Filter);
    }

    [Fact]
    public void Plan_IsGetItem_WhenTheWrappedKeyIsPinnedByAWrapperOrItsValue()
    {
        var id = ContributorId.From(3);

        var byWrapper = Plan(c => c.Id == id);
        var byValue = Plan(c => c.Id.Value == 3);

        Assert.Equal(QueryOperation.GetItem, byWrapper.Operation);
        Assert.Equal("3", byWrapper.Key!["Id"].N);
        Assert.Equal(QueryOperation.GetItem, byValue.Operation);
        Assert.Equal("3", byValue.Key!["Id"].N);
    }

    [Fact]
    public void Plan_FiltersOnTheStoredAttribute_ForAWrapperValueComparisonAndANestedValueObject()
    {
        var plan = Plan(c => c.Id.Value > 5 && c.PhoneNumber.Number == "555-0100" && c.Name.Value.Contains("dal"), allowScans: true);

        Assert.Equal(QueryOperation.Scan, plan.Operation);
        Assert.Equal("((Id > 5 AND PhoneNumber.Number = '555-0100') AND contains(Name, 'dal'))", PlanText.Filter(plan));
    }

    [Fact]
    public void Plan_AcceptsIncludeAndThenIncludeOfEmbeddedMembers_AndRefusesTheOthers()
    {
        var baskets = EntityModelBuilder.Build([new Configuration<Dynamo.Repositories.TestDomain.Baskets.Basket>(b => b.HasPartitionKey(x => x.Id))])
            .Get<Dynamo.Repositories.TestDomain.Baskets.Basket>();
        var embedded = new Specification<Dynamo.Repositories.TestDomain.Baskets.Basket>();
        embedded.Query.Where(b => b.BuyerId == "b-1").Include(b => b.Items);
        embedded.Query.AllowScan();
        var phone = new Specification<Contributor>();
        phone.Query.Where(c => c.Id == ContributorId.From(1)).Include(c => c.PhoneNumber).ThenInclude(p => p.Number);
        var events = new Specification<Contributor>();
        events.Query.Where(c => c.Id == ContributorId.From(1)).Include(c => c.DomainEvents);

        var basketPlan = QueryPlanner<Dynamo.Repositories.TestDomain.Baskets.Basket>.Plan(baskets, embedded, new DynamoRepositoryOptions(), "Basket");
        var phonePlan = QueryPlanner<Contributor>.Plan(Contributors, phone, new DynamoRepositoryOptions(), "Contributor");
        var error = Assert.Throws<UnsupportedSpecificationException>(() => QueryPlanner<Contributor>.Plan(Contributors, events, new DynamoRepositoryOptions(), "Contributor"));

        Assert.Equal(QueryOperation.Scan, basketPlan.Operation);
        Assert.Equal(QueryOperation.GetItem, phonePlan.Operation);
        Assert.Contains("DomainEvents", error.Message, StringComparison.Ordinal);
        Assert.Contains("no joins", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ReadsTheValueOfANullableWrapper_AsTheStoredAttribute()
    {
        var orders = EntityModelBuilder.Build([new Configuration<WrappedOrder>(b => b.HasPartitionKey(x => x.Id).Ignore(x => x.Label))]).Get<WrappedOrder>();
        var spec = new Specification<WrappedOrder>();
        var previous = new Guid("6b1f0c1e-2f53-4f4e-9a55-1b3d6c1f9e01");
        spec.Query.Where(o => o.Previous!.Value.Value == previous && o.Previous == new OrderId(previous)).AllowScan();

        var plan = QueryPlanner<WrappedOrder>.Plan(orders, spec, new DynamoRepositoryOptions(), "Order");

        Assert.Equal("(Previous = '6b1f0c1e-2f53-4f4e-9a55-1b3d6c1f9e01' AND Previous = '6b1f0c1e-2f53-4f4e-9a55-1b3d6c1f9e01')", PlanText.Filter(plan));
    }
}
