using System.Linq.Expressions;
using Ardalis.Specification;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>
/// The rules of key conditions, orderings and key attributes in filters, each at its boundary: which ordering a
/// named index accepts, which order entry sets the direction, which pairs of sort-key conditions make a BETWEEN,
/// and which key an error names.
/// </summary>
public sealed class QueryPlannerKeyRuleTests
{
    private static readonly DynamoRepositoryOptions Defaults = new();

    [Fact]
    public void Plan_AcceptsOrderingANamedIndexBySortKeyOrPartitionKey()
    {
        var bySort = Plan(Where(o => o.Status == OrderStatus.Placed, q => q.UseIndex("ByStatus").OrderByDescending(o => o.PlacedAt)));
        var byPartition = Plan(Where(o => o.Status == OrderStatus.Placed, q => q.UseIndex("ByStatus").OrderBy(o => o.Status)));

        Assert.Equal("ByStatus", bySort.Index!.Name);
        Assert.False(bySort.ScanIndexForward);
        Assert.Equal("ByStatus", byPartition.Index!.Name);
        Assert.True(byPartition.ScanIndexForward);
    }

    [Fact]
    public void Plan_RefusesOrderingANamedIndexByANestedMember()
    {
        var error = Assert.Throws<UnsupportedSpecificationException>(() =>
            Plan(Where(o => o.Status == OrderStatus.Placed, q => q.UseIndex("ByStatus").OrderBy(o => o.Shipping!.City))));

        Assert.Contains("the sort key of index ByStatus is PlacedAt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NamesTheOrderingOfAnUnmappedMember()
    {
        var error = Assert.Throws<UnsupportedSpecificationException>(() =>
            Plan(Where(o => o.Status == OrderStatus.Placed, q => q.UseIndex("ByStatus").OrderBy(o => o.Secret))));

        Assert.StartsWith("Order: 'o => o.Secret': 'o.Secret' is not a mapped", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_RefusesOrderingByAComputedValue()
    {
        var error = Assert.Throws<UnsupportedSpecificationException>(() =>
            Plan(Where(o => o.CustomerId == "c", q => q.OrderBy(o => o.Total * 2))));

        Assert.StartsWith("Order: '", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be planned", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Plan_TakesTheDirectionFromTheSortKeysOrderEntry_NotFromThePartitionKeys(bool sortDescending, bool forward)
    {
        var spec = Where(o => o.CustomerId == "c", q =>
        {
            var ordered = q.OrderBy(o => o.CustomerId);
            if (sortDescending)
            {
                ordered.ThenByDescending(o => o.OrderId);
            }
            else
            {
                ordered.ThenBy(o => o.OrderId);
            }
        });

        var plan = Plan(spec);

        Assert.Null(plan.Index);
        Assert.Equal(forward, plan.ScanIndexForward);
    }

    [Fact]
    public void Plan_ComposesABetween_WithAStringCompareOfTwoArguments()
    {
#pragma warning disable CA1309 // The two-argument overload is what this test plans.
        var plan = Plan(Where(o => o.CustomerId == "c" && string.Compare(o.OrderId, "m") > 0));
#pragma warning restore CA1309

        Assert.Equal("CustomerId = 'c' AND OrderId > 'm'", PlanText.KeyCondition(plan));
    }

    [Fact]
    public void Plan_RefusesAComparisonOfCompareToWithAnythingButZero()
    {
        var error = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c" && o.OrderId.CompareTo("m") > 1)));

        Assert.Contains("OrderId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotABetween))]
    public void Plan_RefusesSortKeyConditionsThatAreNotOneRange(Expression<Func<Order, bool>> where, string named)
    {
        var error = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(where)));

        Assert.StartsWith($"Order: the conditions {named} all constrain the sort key OrderId of the table, but a key condition holds one", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<Expression<Func<Order, bool>>, string> NotABetween() => new()
    {
        { o => o.CustomerId == "c" && o.OrderId.CompareTo("a") >= 0 && o.OrderId.CompareTo("b") > 0, "'(o.OrderId.CompareTo(\"a\") >= 0)' and '(o.OrderId.CompareTo(\"b\") > 0)'" },
        { o => o.CustomerId == "c" && o.OrderId.CompareTo("a") < 0 && o.OrderId.CompareTo("b") <= 0, "'(o.OrderId.CompareTo(\"a\") < 0)' and '(o.OrderId.CompareTo(\"b\") <= 0)'" },
        {
            o => o.CustomerId == "c" && o.OrderId.CompareTo("a") >= 0 && o.OrderId.CompareTo("b") <= 0 && o.OrderId.CompareTo("c") >= 0,
            "'(o.OrderId.CompareTo(\"a\") >= 0)' and '(o.OrderId.CompareTo(\"b\") <= 0)' and '(o.OrderId.CompareTo(\"c\") >= 0)'"
        },
    };

    [Theory]
    [InlineData(true, "OrderId")]
    [InlineData(false, "CustomerId")]
    public void Plan_NamesTheFirstKeyAFilterTests(bool sortKeyFirst, string named)
    {
        Expression<Func<Order, bool>> where = sortKeyFirst
            ? o => o.CustomerId == "c" && (o.OrderId == "a" || o.CustomerId == "b")
            : o => o.CustomerId == "c" && (o.CustomerId == "b" || o.OrderId == "a");

        var error = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(where)));

        Assert.Contains($"tests {named}, a key of the table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_QueriesAPartitionKeyOnlyTableWithAFilter()
    {
        var spec = new Specification<Customer>();
        spec.Query.Where(c => c.Id == "c-1" && c.Points > 3);

        var plan = QueryPlanner<Customer>.Plan(QueryModel.Customers, spec, Defaults, "Customers");

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Equal("Id = 'c-1'", PlanText.KeyCondition(plan));
        Assert.Equal("Points > 3", PlanText.Filter(plan));
        Assert.Equal(["Id"], plan.PositionAttributes);
    }

    [Fact]
    public void Plan_QueriesAPartitionKeyOnlyTableWithAnOrFilter()
    {
        var spec = new Specification<Customer>();
        spec.Query.Where(c => c.Id == "c-1" && (c.Points > 3 || c.Name == "x"));

        var plan = QueryPlanner<Customer>.Plan(QueryModel.Customers, spec, Defaults, "Customers");

        Assert.Equal("Id = 'c-1'", PlanText.KeyCondition(plan));
        Assert.Equal("(Points > 3 OR Name = 'x')", PlanText.Filter(plan));
    }

    [Fact]
    public void Plan_IsEmpty_WhenACappedTakeIsZero()
    {
        var plan = QueryPlanner<Order>.Plan(QueryModel.Orders, Where(o => o.CustomerId == "c", q => q.Take(0)), Defaults, "Orders", take: TakeMode.Cap, cap: 5);

        Assert.Equal(QueryOperation.Empty, plan.Operation);
    }

    [Fact]
    public void Plan_NamesTheOrderingOfAScan()
    {
        var error = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.Total > 1, q => q.AllowScan().OrderBy(o => o.Total))));

        Assert.Equal(
            "Order: 'o => Convert(o.Total, Object)' orders a scan, and a scan returns items in no order. Pin a partition key so the query is ordered by its sort key, or sort in memory after ListAsync.",
            error.Message);
    }

    private static QueryPlan Plan(ISpecification<Order> spec) => QueryPlanner<Order>.Plan(QueryModel.Orders, spec, Defaults, "Orders");

    private static Specification<Order> Where(Expression<Func<Order, bool>> where, Action<ISpecificationBuilder<Order>>? more = null) => Specs.Orders(where, more);
}
