using System.Linq.Expressions;
using Ardalis.Specification;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;
using Xunit;

#pragma warning disable SA1131 // Constants on the left are what these tests plan.

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>Planning edge cases: Take, folded constants, consistency, mirrored key conditions and key misuse.</summary>
public sealed class QueryPlannerEdgeTests
{
    private static readonly DynamoRepositoryOptions Defaults = new();

    [Fact]
    public void Plan_IsEmpty_WhenTakeIsZero_WhateverTheCondition()
    {
        var byKey = Plan(Where(o => o.CustomerId == "c-1", q => q.Take(0)));
        var scan = Plan(Where(o => o.Total > 1, q => q.Take(0).AllowScan()));

        Assert.Equal(QueryOperation.Empty, byKey.Operation);
        Assert.Null(byKey.KeyCondition);
        Assert.Empty(byKey.PositionAttributes);
        Assert.Equal(QueryOperation.Empty, scan.Operation);
    }

    [Fact]
    public void Plan_KeepsTake_WhenItIsOne()
    {
        var plan = Plan(Where(o => o.CustomerId == "c-1", q => q.Take(1)));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Equal(1, plan.Take);
    }

    [Theory]
    [InlineData(-1, 7, 7)]
    [InlineData(5, 3, 3)]
    [InlineData(2, 3, 2)]
    public void Plan_CapsTake_WhenAskedTo(int take, int cap, int expected)
    {
        var spec = Where(o => o.CustomerId == "c-1", q =>
        {
            if (take >= 0)
            {
                q.Take(take);
            }
        });

        var plan = QueryPlanner<Order>.Plan(QueryModel.Orders, spec, Defaults, "Orders", take: TakeMode.Cap, cap: cap);

        Assert.Equal(expected, plan.Take);
    }

    [Fact]
    public void Plan_IgnoresTakeAndSkip_WhenCounting()
    {
        var spec = Where(o => o.CustomerId == "c-1", q => q.Take(3).Skip(4).AllowSkip());

        var plan = QueryPlanner<Order>.Plan(QueryModel.Orders, spec, Defaults, "Orders", take: TakeMode.Ignore);

        Assert.Null(plan.Take);
        Assert.Equal(0, plan.Skip);
    }

    [Fact]
    public void Plan_KeepsSkip_WhenAllowedByTheOptions()
    {
        var plan = Plan(Where(o => o.CustomerId == "c-1", q => q.Skip(2)), new DynamoRepositoryOptions { AllowSkip = true });

        Assert.Equal(2, plan.Skip);
    }

    [Fact]
    public void Plan_DropsAConstantConjunct_WhenItIsTrue()
    {
        var always = true;

        var plan = Plan(Where(o => always && o.CustomerId == "c-1"));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Equal("CustomerId = 'c-1'", PlanText.KeyCondition(plan));
        Assert.Null(plan.Filter);
    }

    [Fact]
    public void Plan_IsEmpty_WhenAConstantConjunctIsFalse()
    {
        var never = false;

        var plan = Plan(Where(o => o.CustomerId == "c-1" && never));

        Assert.Equal(QueryOperation.Empty, plan.Operation);
    }

    [Fact]
    public void Plan_IsEmpty_WhenAScanFilterCanNeverHold()
    {
        var none = new List<string>();

        var plan = Plan(Where(o => none.Contains(o.Name!), q => q.AllowScan()));

        Assert.Equal(QueryOperation.Empty, plan.Operation);
    }

    [Fact]
    public void Plan_ScansWithAFilter_WhenAllowed()
    {
        var plan = Plan(Where(o => o.Total > 5, q => q.AllowScan()));

        Assert.Equal(QueryOperation.Scan, plan.Operation);
        Assert.Equal("Total > 5", PlanText.Filter(plan));
        Assert.Null(plan.KeyCondition);
        Assert.Equal(["CustomerId", "OrderId"], plan.PositionAttributes);
    }

    [Fact]
    public void Plan_ScansWithoutNamesOrValues_WhenThereIsNoFilter()
    {
        var plan = Plan(new Specification<Order>(), new DynamoRepositoryOptions { AllowScans = true });

        Assert.Equal(QueryOperation.Scan, plan.Operation);
        Assert.Null(plan.Filter);
        Assert.Null(plan.Names);
        Assert.Null(plan.Values);
    }

    [Theory]
    [InlineData(false, null, false)]
    [InlineData(true, null, true)]
    [InlineData(false, true, true)]
    [InlineData(true, false, false)]
    public void Plan_ReadsAScanConsistently_PerOptionsAndSpecification(bool options, bool? requested, bool expected)
    {
        var spec = Where(o => o.Total > 5, q =>
        {
            q.AllowScan();
            if (requested is { } flag)
            {
                q.WithConsistentRead(flag);
            }
        });

        var plan = Plan(spec, new DynamoRepositoryOptions { ConsistentReads = options });

        Assert.Equal(QueryOperation.Scan, plan.Operation);
        Assert.Equal(expected, plan.ConsistentRead);
    }

    [Fact]
    public void Plan_ReadsALocalIndexConsistently_WhenAsked()
    {
        var plan = Plan(Where(o => o.CustomerId == "c-1" && o.Total > 3, q => q.WithConsistentRead()));

        Assert.Equal("ByTotal", plan.Index!.Name);
        Assert.True(plan.ConsistentRead);
    }

    [Fact]
    public void Plan_ReadsAGlobalIndexEventually_EvenWhenTheOptionsReadConsistently()
    {
        var plan = Plan(Where(o => o.Status == OrderStatus.Placed), new DynamoRepositoryOptions { ConsistentReads = true });

        Assert.Equal("ByStatus", plan.Index!.Name);
        Assert.False(plan.ConsistentRead);
    }

    [Fact]
    public void Plan_MirrorsEachSortKeyOperator_WhenTheValueIsOnTheLeft()
    {
        Assert.Equal("CustomerId = 'c' AND Total > 3", PlanText.KeyCondition(Plan(Where(o => o.CustomerId == "c" && 3 < o.Total))));
        Assert.Equal("CustomerId = 'c' AND Total >= 3", PlanText.KeyCondition(Plan(Where(o => o.CustomerId == "c" && 3 <= o.Total))));
        Assert.Equal("CustomerId = 'c' AND Total < 3", PlanText.KeyCondition(Plan(Where(o => o.CustomerId == "c" && 3 > o.Total))));
        Assert.Equal("CustomerId = 'c' AND Total <= 3", PlanText.KeyCondition(Plan(Where(o => o.CustomerId == "c" && 3 >= o.Total))));
        var get = Plan(Where(o => "c" == o.CustomerId && "m" == o.OrderId));
        Assert.Equal(QueryOperation.GetItem, get.Operation);
        Assert.Equal(["c", "m"], get.Key!.Values.Select(v => v.S));
    }

    [Fact]
    public void Plan_MirrorsEachCompareToOperator_WhenZeroIsOnTheLeft()
    {
        Assert.Equal("CustomerId = 'c' AND OrderId < 'm'", PlanText.KeyCondition(Plan(Where(o => o.CustomerId == "c" && 0 > o.OrderId.CompareTo("m")))));
        Assert.Equal("CustomerId = 'c' AND OrderId <= 'm'", PlanText.KeyCondition(Plan(Where(o => o.CustomerId == "c" && 0 >= o.OrderId.CompareTo("m")))));
        Assert.Equal("CustomerId = 'c' AND OrderId > 'm'", PlanText.KeyCondition(Plan(Where(o => o.CustomerId == "c" && 0 < o.OrderId.CompareTo("m")))));
        Assert.Equal("CustomerId = 'c' AND OrderId >= 'm'", PlanText.KeyCondition(Plan(Where(o => o.CustomerId == "c" && 0 <= o.OrderId.CompareTo("m")))));
    }

    [Fact]
    public void Plan_MirrorsACompareWithZeroOnTheLeft()
    {
        var plan = Plan(Where(o => o.CustomerId == "c" && 0 > string.Compare(o.OrderId, "m", StringComparison.Ordinal)));

        Assert.Equal("CustomerId = 'c' AND OrderId < 'm'", PlanText.KeyCondition(plan));
    }

    [Fact]
    public void Plan_UsesBeginsWith_ForAnOrdinalStartsWith()
    {
        var plan = Plan(Where(o => o.CustomerId == "c" && o.OrderId.StartsWith("2024", StringComparison.Ordinal)));

        Assert.Equal("CustomerId = 'c' AND begins_with(OrderId, '2024')", PlanText.KeyCondition(plan));
    }

    [Fact]
    public void Plan_FiltersAStartsWithOfANestedMember()
    {
        var plan = Plan(Where(o => o.CustomerId == "c" && o.Shipping!.City!.StartsWith("Os")));

        Assert.Equal("CustomerId = 'c'", PlanText.KeyCondition(plan));
        Assert.Equal("begins_with(Shipping.City, 'Os')", PlanText.Filter(plan));
    }

    [Fact]
    public void Plan_DoesNotPinThePartitionKey_WithNull()
    {
        var ex = Assert.Throws<ScanNotAllowedException>(() => Plan(Where(o => o.CustomerId == null!)));

        Assert.Contains("x.CustomerId == value", ex.Message, StringComparison.Ordinal);
        Assert.Contains("x.Status == value (index ByStatus)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenThePartitionKeyIsAlsoTestedInTheFilter()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c" && o.CustomerId != "d")));

        Assert.Contains("tests CustomerId, a key of", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenTheSortKeyIsTestedInAnOr()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c" && (o.OrderId == "a" || o.Total > 2))));

        Assert.Contains("tests OrderId, a key of", ex.Message, StringComparison.Ordinal);
        Assert.Contains("outside any ||", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_NamingTheDeclaredIndexes_WhenTheNamedIndexDoesNotExist()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c", q => q.UseIndex("ByName"))));

        Assert.Contains("'ByName', which is not declared. Declared indexes: ByStatus, ByTotal.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("ByName", ex.Expression);
    }

    [Fact]
    public void Plan_Throws_SayingNone_WhenTheEntityDeclaresNoIndex()
    {
        var spec = new Specification<Customer>();
        spec.Query.Where(c => c.Id == "a").UseIndex("ByName");

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => QueryPlanner<Customer>.Plan(QueryModel.Customers, spec, Defaults, "Customers"));

        Assert.Contains("Declared indexes: none.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenTheNamedIndexPartitionKeyIsNotPinned()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c", q => q.UseIndex("ByStatus"))));

        Assert.Contains("does not pin its partition key; add a condition 'x.Status == value'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_OrdersByThePartitionKey_WithoutComplaint()
    {
        var plan = Plan(Where(o => o.CustomerId == "c", q => q.OrderBy(o => o.CustomerId)));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.True(plan.ScanIndexForward);
    }

    [Fact]
    public void Plan_Throws_SayingThereIsNoSortKey_WhenOrderingATableWithoutOne()
    {
        var spec = new Specification<Customer>();
        spec.Query.Where(c => c.Id == "a").OrderBy(c => c.Points);

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => QueryPlanner<Customer>.Plan(QueryModel.Customers, spec, Defaults, "Customers"));

        Assert.Contains("has no sort key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenOrderingByANestedMember()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c", q => q.OrderBy(o => o.Shipping!.City))));

        Assert.Contains("the sort key of", ex.Message, StringComparison.Ordinal);
        Assert.Contains("is OrderId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenTheNamedIndexCannotGiveTheOrder()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() =>
            Plan(Where(o => o.Status == OrderStatus.Placed, q => q.UseIndex("ByStatus").OrderBy(o => o.Total))));

        Assert.Contains("cannot be planned: DynamoDB returns a query's items in sort key order only, and the sort key of", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ReadsDescending_ForOrderByDescendingOfTheSortKey()
    {
        var plan = Plan(Where(o => o.CustomerId == "c", q => q.OrderByDescending(o => o.OrderId)));

        Assert.False(plan.ScanIndexForward);
    }

    private static QueryPlan Plan(ISpecification<Order> spec, DynamoRepositoryOptions? options = null) =>
        QueryPlanner<Order>.Plan(QueryModel.Orders, spec, options ?? Defaults, "Orders");

    private static Specification<Order> Where(Expression<Func<Order, bool>> where, Action<ISpecificationBuilder<Order>>? more = null)
    {
        var spec = new Specification<Order>();
        spec.Query.Where(where);
        more?.Invoke(spec.Query);
        return spec;
    }
}
