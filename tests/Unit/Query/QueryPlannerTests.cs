using System.Linq.Expressions;
using Ardalis.Specification;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;
using Xunit;

#pragma warning disable SA1131 // Constants on the left are what these tests translate.

namespace Dynamo.Repositories.UnitTests.Query;

public sealed class QueryPlannerTests
{
    private static QueryPlan Plan(ISpecification<Order> spec, DynamoRepositoryOptions? options = null, LambdaExpression? selector = null) =>
        QueryPlanner<Order>.Plan(QueryModel.Orders, spec, options ?? new DynamoRepositoryOptions(), "dev-Orders", selector);

    [Fact]
    public void Plan_IsGetItem_WhenBothTableKeysArePinned()
    {
        var customer = "c-1";
        var plan = Plan(Specs.Orders(o => o.CustomerId == customer && "o-9" == o.OrderId));

        Assert.Equal(QueryOperation.GetItem, plan.Operation);
        Assert.Equal("dev-Orders", plan.TableName);
        Assert.Equal("c-1", plan.Key!["CustomerId"].S);
        Assert.Equal("o-9", plan.Key["OrderId"].S);
    }

    [Fact]
    public void Plan_IsQueryWithFilter_WhenBothKeysArePinnedAndAnotherConditionApplies()
    {
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1" && o.OrderId == "o-9" && o.Total > 10));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Equal("CustomerId = 'c-1' AND OrderId = 'o-9'", PlanText.KeyCondition(plan));
        Assert.Equal("total > 10", PlanText.Filter(plan)?.Replace("Total", "total", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_QueriesTheTable_WhenOnlyThePartitionKeyIsPinned()
    {
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1"));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Null(plan.Index);
        Assert.Equal("CustomerId = 'c-1'", PlanText.KeyCondition(plan));
        Assert.Null(plan.Filter);
        Assert.True(plan.ScanIndexForward);
    }

    [Theory]
    [InlineData("<", "OrderId < 'o-5'")]
    [InlineData("<=", "OrderId <= 'o-5'")]
    [InlineData(">", "OrderId > 'o-5'")]
    [InlineData(">=", "OrderId >= 'o-5'")]
    [InlineData("==", "OrderId = 'o-5'")]
    public void Plan_PutsSortKeyComparisonInKeyCondition_ForEachOperator(string op, string expected)
    {
        Expression<Func<Order, bool>> where = op switch
        {
            "<" => o => o.CustomerId == "c-1" && o.OrderId.CompareTo("o-5") < 0,
            "<=" => o => o.CustomerId == "c-1" && string.Compare(o.OrderId, "o-5", StringComparison.Ordinal) <= 0,
            ">" => o => o.CustomerId == "c-1" && 0 < o.OrderId.CompareTo("o-5"),
            ">=" => o => o.CustomerId == "c-1" && o.OrderId.CompareTo("o-5") >= 0,
            _ => o => o.CustomerId == "c-1" && o.OrderId == "o-5" && o.IsGift,
        };

        var plan = Plan(Specs.Orders(where));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Equal($"CustomerId = 'c-1' AND {expected}", PlanText.KeyCondition(plan));
    }

    [Fact]
    public void Plan_UsesBeginsWith_WhenSortKeyStartsWith()
    {
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1" && o.OrderId.StartsWith("2024-")));

        Assert.Equal("CustomerId = 'c-1' AND begins_with(OrderId, '2024-')", PlanText.KeyCondition(plan));
        Assert.Null(plan.Filter);
    }

    [Fact]
    public void Plan_UsesBetween_WhenSortKeyHasInclusiveRange()
    {
        var from = "o-1";
        var to = "o-5";
        var spec = Specs.Orders(o => o.CustomerId == "c-1");
        spec.Query.Where(o => o.OrderId.CompareTo(from) >= 0 && o.OrderId.CompareTo(to) <= 0);

        var plan = Plan(spec);

        Assert.Equal("CustomerId = 'c-1' AND OrderId BETWEEN 'o-1' AND 'o-5'", PlanText.KeyCondition(plan));
    }

    [Fact]
    public void Plan_Throws_WhenSortKeyHasTwoConditionsThatCannotCombine()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() =>
            Plan(Specs.Orders(o => o.CustomerId == "c-1" && o.OrderId.CompareTo("a") > 0 && o.OrderId.CompareTo("b") < 0)));

        Assert.Contains("sort key OrderId", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BETWEEN", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_PutsEverythingElseInFilter_WithPlaceholdersOnly()
    {
        var statuses = new[] { OrderStatus.Placed, OrderStatus.Shipped };
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1"
            && (o.Name == "Ann" || o.Name!.Contains("Bo"))
            && !o.IsGift
            && o.Notes == null
            && o.Priority != null
            && o.Shipping!.City == "Oslo"
            && o.Tags!.Contains("red")
            && statuses.Contains(o.Status)
            && o.Priority > 2));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Equal(
            "((((((((name = 'Ann' OR contains(name, 'Bo')) AND (NOT IsGift = true)) AND attribute_not_exists(ttl)) AND attribute_exists(size)) AND Shipping.City = 'Oslo') AND contains(Tags, 'red')) AND status IN ('Placed', 'Shipped')) AND size > 2)",
            PlanText.Filter(plan));
        Assert.Null(plan.Index);
        foreach (var reserved in new[] { "status", "name", "size", "ttl", "Total" })
        {
            Assert.DoesNotContain(reserved, plan.Filter!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plan_FoldsCapturedConditions_WhenTheyDoNotDependOnTheEntity()
    {
        string? nameFilter = null;
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1" && (nameFilter == null || o.Name == nameFilter)));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Null(plan.Filter);
    }

    [Fact]
    public void Plan_IsEmpty_WhenAConditionCanNeverHold()
    {
        var none = Array.Empty<string>();
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1" && none.Contains(o.Name)));

        Assert.Equal(QueryOperation.Empty, plan.Operation);
    }

    [Fact]
    public void Plan_QueriesGlobalIndex_WhenItsPartitionKeyIsPinned()
    {
        var since = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var plan = Plan(Specs.Orders(o => o.Status == OrderStatus.Shipped && o.PlacedAt >= since, q => q.OrderByDescending(o => o.PlacedAt)));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Equal("ByStatus", plan.Index?.Name);
        Assert.StartsWith("status = 'Shipped' AND date >= '2024-01-01T00:00:00", PlanText.KeyCondition(plan), StringComparison.Ordinal);
        Assert.False(plan.ScanIndexForward);
        Assert.False(plan.ConsistentRead);
        Assert.Equal(["CustomerId", "OrderId", "status", "date"], plan.PositionAttributes);
    }

    [Fact]
    public void Plan_QueriesLocalIndex_WhenOrderedByItsSortKey()
    {
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.OrderByDescending(o => o.Total)));

        Assert.Equal("ByTotal", plan.Index?.Name);
        Assert.Equal("CustomerId = 'c-1'", PlanText.KeyCondition(plan));
        Assert.False(plan.ScanIndexForward);
    }

    [Fact]
    public void Plan_QueriesLocalIndex_WhenItsSortKeyIsConstrained()
    {
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1" && o.Total > 100m));

        Assert.Equal("ByTotal", plan.Index?.Name);
        Assert.Equal("CustomerId = 'c-1' AND Total > 100", PlanText.KeyCondition(plan));
        Assert.Null(plan.Filter);
    }

    [Fact]
    public void Plan_QueriesTheNamedIndex_WhenTheSpecificationNamesOne()
    {
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1" && o.Total > 100m && o.OrderId.StartsWith("xy"), q => q.UseIndex("ByTotal")));

        Assert.Equal("ByTotal", plan.Index?.Name);
        Assert.Equal("begins_with(OrderId, 'xy')", PlanText.Filter(plan));
    }

    [Fact]
    public void Plan_SetsDirection_WhenOrderedBySortKey()
    {
        Assert.True(Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.OrderBy(o => o.OrderId))).ScanIndexForward);
        Assert.False(Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.OrderByDescending(o => o.OrderId))).ScanIndexForward);
    }

    [Fact]
    public void Plan_Throws_WhenOrderedByAnAttributeThatIsNoSortKey()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() =>
            Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.OrderBy(o => o.Name!))));

        Assert.Contains("o => o.Name", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sort key", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sort in memory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenSkipIsUsed()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.Skip(10))));

        Assert.Contains("Skip", ex.Message, StringComparison.Ordinal);
        Assert.Contains("PageAsync", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Query.AllowSkip()", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AllowSkip in the options", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenIncludeNamesWhatTheItemDoesNotHold()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.Include("Customer"))));

        Assert.Contains("joins", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Customer", ex.Expression);
    }

    [Fact]
    public void Plan_IgnoresIncludeOfAnEmbeddedMember()
    {
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.Include(o => o.Shipping)));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Equal("CustomerId = 'c-1'", PlanText.KeyCondition(plan));
    }

    [Fact]
    public void Plan_Throws_WhenAMethodCannotBeTranslated()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() =>
            Plan(Specs.Orders(o => o.CustomerId == "c-1" && o.Name!.Trim() == "ANN")));

        Assert.Contains("Trim", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Order", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Expression);
    }

    [Fact]
    public void Plan_Throws_WhenAKeyIsTestedOutsideTheKeyCondition()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() =>
            Plan(Specs.Orders(o => o.CustomerId == "c-1" && (o.OrderId == "a" || o.Total > 3))));

        Assert.Contains("OrderId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Throws_WhenAnUnmappedPropertyIsTested()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Specs.Orders(o => o.CustomerId == "c-1" && o.Secret == "x")));

        Assert.Contains("Secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ThrowsScanNotAllowed_WhenNoPartitionKeyIsPinned()
    {
        var ex = Assert.Throws<ScanNotAllowedException>(() => Plan(Specs.Orders(o => o.Total > 3)));

        Assert.Contains("CustomerId", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AllowScan", ex.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(Order), ex.EntityType);
    }

    [Fact]
    public void Plan_Scans_WhenTheSpecificationAllowsIt()
    {
        var plan = Plan(Specs.Orders(o => o.Total > 3, q => q.AllowScan()));

        Assert.Equal(QueryOperation.Scan, plan.Operation);
        Assert.Equal("Total > 3", PlanText.Filter(plan));
    }

    [Fact]
    public void Plan_Scans_WhenTheOptionsAllowIt()
    {
        var plan = Plan(Specs.Orders(o => o.CustomerId != "c-1"), new DynamoRepositoryOptions { AllowScans = true });

        Assert.Equal(QueryOperation.Scan, plan.Operation);
        Assert.Equal("CustomerId <> 'c-1'", PlanText.Filter(plan));
    }

    [Fact]
    public void Plan_Throws_WhenAScanIsOrdered()
    {
        Assert.Throws<UnsupportedSpecificationException>(() => Plan(Specs.Orders(o => o.Total > 3, q => q.AllowScan().OrderBy(o => o.OrderId))));
    }

    [Fact]
    public void Plan_ReadsConsistently_PerOptionsAndSpecification()
    {
        var consistent = new DynamoRepositoryOptions { ConsistentReads = true };

        Assert.True(Plan(Specs.Orders(o => o.CustomerId == "c-1"), consistent).ConsistentRead);
        Assert.False(Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.WithConsistentRead(false)), consistent).ConsistentRead);
        Assert.True(Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.WithConsistentRead())).ConsistentRead);
        Assert.False(Plan(Specs.Orders(o => o.Status == OrderStatus.Placed), consistent).ConsistentRead);
    }

    [Fact]
    public void Plan_Throws_WhenAConsistentReadTargetsAGlobalIndex()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() =>
            Plan(Specs.Orders(o => o.Status == OrderStatus.Placed, q => q.WithConsistentRead())));

        Assert.Contains("ByStatus", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ProjectsSelectedMembersAndKeys_WhenSelectingMembers()
    {
        Expression<Func<Order, object>> selector = o => new { o.Name, o.Total };
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1"), selector: selector);

        Assert.Equal("name, Total, CustomerId, OrderId", PlanText.Projection(plan));
    }

    [Fact]
    public void Plan_ReadsEverything_WhenSelectorUsesTheWholeEntity()
    {
        Expression<Func<Order, string>> selector = o => o.ToString()!;

        Assert.Null(Plan(Specs.Orders(o => o.CustomerId == "c-1"), selector: selector).Projection);
    }

    [Fact]
    public void Plan_TranslatesSearch_IntoContainsAndBeginsWith()
    {
        var plan = Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.Search(o => o.Name!, "%ann%").Search(o => o.Notes!, "vip%").Search(o => o.Name!, "Bob", 2)));

        Assert.Equal("((contains(name, 'ann') OR begins_with(ttl, 'vip')) AND name = 'Bob')", PlanText.Filter(plan));
    }

    [Fact]
    public void Plan_Throws_WhenSearchPatternHasNoDynamoEquivalent()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.Search(o => o.Name!, "%son"))));

        Assert.Contains("%son", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_KeepsTake_AndSignatureDiffersBetweenSpecifications()
    {
        var first = Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.Take(10)));
        var second = Plan(Specs.Orders(o => o.CustomerId == "c-2", q => q.Take(10)));

        Assert.Equal(10, first.Take);
        Assert.NotEqual(first.Signature, second.Signature);
        Assert.Equal(first.Signature, Plan(Specs.Orders(o => o.CustomerId == "c-1", q => q.Take(10))).Signature);
    }
}
