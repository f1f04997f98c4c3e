using System.Linq.Expressions;
using Ardalis.Specification;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>Planning projections, includes and reads by keys (BatchGetItem).</summary>
public sealed class QueryPlannerShapeTests
{
    private static readonly DynamoRepositoryOptions Defaults = new();

    [Fact]
    public void Plan_ReadsTheWholeItem_WhenTheSelectorReadsAnIgnoredMember()
    {
        var plan = Plan(Where(o => o.CustomerId == "c"), (Expression<Func<Order, string>>)(o => o.Secret + o.Name));

        Assert.Null(plan.Projection);
    }

    [Fact]
    public void Plan_ProjectsTheTopMember_WhenTheSelectorReadsANestedOne()
    {
        var plan = Plan(Where(o => o.CustomerId == "c"), (Expression<Func<Order, string?>>)(o => o.Shipping!.City));

        Assert.Equal("Shipping, CustomerId, OrderId", PlanText.Projection(plan));
    }

    [Fact]
    public void Plan_ProjectsTheIndexKeys_WhenQueryingAGlobalIndex()
    {
        var plan = Plan(Where(o => o.Status == OrderStatus.Placed), (Expression<Func<Order, decimal>>)(o => o.Total));

        Assert.Equal("Total, CustomerId, OrderId, status, date", PlanText.Projection(plan));
        Assert.Equal(["CustomerId", "OrderId", "status", "date"], plan.PositionAttributes);
    }

    [Fact]
    public void Plan_ProjectsTheTableKeysOnly_WhenScanning()
    {
        var plan = Plan(Where(o => o.Total > 1, q => q.AllowScan()), (Expression<Func<Order, string?>>)(o => o.Name));

        Assert.Equal(QueryOperation.Scan, plan.Operation);
        Assert.Equal("name, CustomerId, OrderId", PlanText.Projection(plan));
    }

    [Fact]
    public void Plan_ProjectsAGetItem_WithNamesOnly()
    {
        var plan = Plan(Where(o => o.CustomerId == "c" && o.OrderId == "o"), (Expression<Func<Order, decimal>>)(o => o.Total));

        Assert.Equal(QueryOperation.GetItem, plan.Operation);
        Assert.Equal("Total, CustomerId, OrderId", PlanText.Render(plan.Projection, plan.Names, null));
    }

    [Fact]
    public void Plan_ReadsTheWholeItem_WhenTheSelectorReadsNoMember()
    {
        var plan = Plan(Where(o => o.CustomerId == "c"), (Expression<Func<Order, int>>)(o => 1));

        Assert.Null(plan.Projection);
    }

    [Fact]
    public void Plan_AcceptsAnIncludeStringOfEmbeddedMembers()
    {
        var plan = Plan(Where(o => o.CustomerId == "c", q => q.Include("Shipping.City")));

        Assert.Equal(QueryOperation.Query, plan.Operation);
    }

    [Fact]
    public void Plan_Throws_WhenAnIncludeStringNamesNoMember()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c", q => q.Include("Customer.Name"))));

        Assert.Contains("Include(Customer.Name) cannot be planned", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenAnIncludeStringGoesBelowAScalar()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c", q => q.Include("Name.Length"))));

        Assert.Contains("DynamoDB has no joins", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_AcceptsAnIncludeOfAnEmbeddedObject_ThenOfItsMember()
    {
        var plan = Plan(Where(o => o.CustomerId == "c", q => q.Include(o => o.Shipping).ThenInclude(s => s!.City)));

        Assert.Equal(QueryOperation.Query, plan.Operation);
    }

    [Fact]
    public void Plan_Throws_WhenAThenIncludeFollowsAScalar()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() =>
            Plan(Where(o => o.CustomerId == "c", q => q.Include(o => o.Name).ThenInclude(n => n!.Length))));

        Assert.Contains("cannot be planned", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenAnIncludeIsNotAMemberChain()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c", q => q.Include(o => o.Tags!.First()))));

        Assert.Contains("is not a member stored inside the item", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ReadsPartitionKeysWithBatchGet_EachOnce()
    {
        var ids = new[] { "a", "b", "a" };

        var plan = Customers(c => ids.Contains(c.Id));

        Assert.Equal(QueryOperation.BatchGet, plan.Operation);
        Assert.Equal(["a", "b"], plan.Keys!.Select(k => k["Id"].S));
        Assert.False(plan.ConsistentRead);
    }

    [Fact]
    public void Plan_ReadsKeysConsistently_WhenAsked()
    {
        var ids = new List<string> { "a" };
        var spec = new Specification<Customer>();
        spec.Query.Where(c => ids.Contains(c.Id)).WithConsistentRead();

        var plan = QueryPlanner<Customer>.Plan(QueryModel.Customers, spec, Defaults, "Customers");

        Assert.Equal(QueryOperation.BatchGet, plan.Operation);
        Assert.True(plan.ConsistentRead);
    }

    [Fact]
    public void Plan_IsEmpty_WhenNoKeyIsNamed()
    {
        var ids = new List<string>();

        var plan = Customers(c => ids.Contains(c.Id));

        Assert.Equal(QueryOperation.Empty, plan.Operation);
    }

    [Fact]
    public void Plan_ReadsAnOrOfPartitionKeysWithBatchGet()
    {
        var plan = Customers(c => c.Id == "a" || c.Id == "b" || c.Id == "c");

        Assert.Equal(["a", "b", "c"], plan.Keys!.Select(k => k["Id"].S));
    }

    [Fact]
    public void Plan_IsNoBatch_WhenAnOrAlsoTestsAnotherAttribute()
    {
        Assert.Throws<ScanNotAllowedException>(() => Customers(c => c.Id == "a" || c.Name == "b"));
    }

    [Fact]
    public void Plan_IsNoBatch_WhenAnOrNamesTheSameKeyTwiceInOneLeaf()
    {
        Assert.Throws<ScanNotAllowedException>(() => Customers(c => (c.Id == "a" && c.Id == "b") || c.Id == "c"));
    }

    [Fact]
    public void Plan_IsNoBatch_WhenSortKeysAreListedWithoutThePartitionKey()
    {
        var sortKeys = new[] { "o-1", "o-2" };

        var ex = Assert.Throws<ScanNotAllowedException>(() => Plan(Where(o => sortKeys.Contains(o.OrderId))));

        Assert.Contains("pins no partition key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_IsNoBatch_WhenAnIndexIsNamed()
    {
        var statuses = new[] { "a" };

        var plan = Plan(Where(o => o.Status == OrderStatus.Placed && statuses.Contains(o.CustomerId), q => q.UseIndex("ByStatus")));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Equal("CustomerId IN ('a')", PlanText.Filter(plan));
    }

    [Fact]
    public void Plan_Throws_WhenTheKeyCollectionIsNull()
    {
        string[]? ids = null;

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Customers(c => ids!.Contains(c.Id)));

        Assert.Contains("is null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenTheKeyCollectionHoldsNull()
    {
        var ids = new List<string?> { "a", null };

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Customers(c => ids.Contains(c.Id)));

        Assert.Contains("holds null, which is no key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenContainsUsesAComparer()
    {
        var ids = new[] { "a" };

        var spec = new Specification<Customer>();
        spec.Query.Where(c => ids.Contains(c.Id, StringComparer.Ordinal)).AllowScan();

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => QueryPlanner<Customer>.Plan(QueryModel.Customers, spec, Defaults, "Customers"));

        Assert.Contains("has no DynamoDB equivalent", ex.Message, StringComparison.Ordinal);
    }

    private static QueryPlan Customers(Expression<Func<Customer, bool>> where)
    {
        var spec = new Specification<Customer>();
        spec.Query.Where(where);
        return QueryPlanner<Customer>.Plan(QueryModel.Customers, spec, Defaults, "Customers");
    }

    private static QueryPlan Plan(ISpecification<Order> spec, LambdaExpression? selector = null) =>
        QueryPlanner<Order>.Plan(QueryModel.Orders, spec, Defaults, "Orders", selector);

    private static Specification<Order> Where(Expression<Func<Order, bool>> where, Action<ISpecificationBuilder<Order>>? more = null)
    {
        var spec = new Specification<Order>();
        spec.Query.Where(where);
        more?.Invoke(spec.Query);
        return spec;
    }
}
