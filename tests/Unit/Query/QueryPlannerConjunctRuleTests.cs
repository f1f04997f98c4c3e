using System.Linq.Expressions;
using Ardalis.Specification;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>
/// How conditions are split and recognised: Skip refused unless allowed, constant conditions folded, what counts as a
/// begins_with key condition, reads by keys, and Search patterns.
/// </summary>
public sealed class QueryPlannerConjunctRuleTests
{
    private static readonly DynamoRepositoryOptions Defaults = new();

    [Fact]
    public void Plan_RefusesSkip_NamingItAndTheWayOut()
    {
        var error = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c", q => q.Skip(3))));

        Assert.Equal("Skip(3)", error.Expression);
        Assert.StartsWith("Order: Skip is refused by default: DynamoDB has no offset", error.Message, StringComparison.Ordinal);
        Assert.Contains("Query.AllowSkip()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_RefusesSkip_WhenTheSpecificationsAllowSkipItemIsFalse()
    {
        var spec = Where(o => o.CustomerId == "c", q => q.Skip(3));
        spec.Items[DynamoSpecificationItems.AllowSkip] = false;

        Assert.Throws<UnsupportedSpecificationException>(() => Plan(spec));
    }

    [Fact]
    public void Plan_IsEmpty_WhenTwoConstantConjunctsAreFalse()
    {
        var first = false;
        var second = false;

        var plan = Plan(Where(o => first && second && o.CustomerId == "c"));

        Assert.Equal(QueryOperation.Empty, plan.Operation);
    }

    [Fact]
    public void Plan_ReadsByKeys_WhenATrueConstantConjunctStandsBesideTheKeys()
    {
        var always = true;
        var ids = new List<string> { "a", "b" };
        var spec = new Specification<Customer>();
        spec.Query.Where(c => always && ids.Contains(c.Id));

        var plan = QueryPlanner<Customer>.Plan(QueryModel.Customers, spec, Defaults, "Customers");

        Assert.Equal(QueryOperation.BatchGet, plan.Operation);
        Assert.Equal(["a", "b"], plan.Keys!.Select(k => k["Id"].S));
    }

    [Fact]
    public void Plan_ReadsByKeys_FromAnArrayOfIds()
    {
        string[] ids = ["a", "b", "a"];
        var spec = new Specification<Customer>();
        spec.Query.Where(c => ids.Contains(c.Id));

        var plan = QueryPlanner<Customer>.Plan(QueryModel.Customers, spec, Defaults, "Customers");

        Assert.Equal(QueryOperation.BatchGet, plan.Operation);
        Assert.Equal(["a", "b"], plan.Keys!.Select(k => k["Id"].S));
    }

    [Fact]
    public void Plan_QueriesTheNamedIndex_InsteadOfReadingByKeys()
    {
        var ids = new List<string> { "o-1", "o-2" };

        var plan = Plan(Where(o => o.CustomerId == "c" && ids.Contains(o.OrderId), q => q.UseIndex("ByTotal")));

        Assert.Equal(QueryOperation.Query, plan.Operation);
        Assert.Equal("ByTotal", plan.Index!.Name);
        Assert.Equal("CustomerId = 'c'", PlanText.KeyCondition(plan));
        Assert.Equal("OrderId IN ('o-1', 'o-2')", PlanText.Filter(plan));
    }

    [Fact]
    public void Plan_RefusesAKeyTestedAgainstAnAttributeOfTheItem()
    {
        var error = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c" && o.Tags!.Contains(o.OrderId))));

        Assert.Contains("tests OrderId, a key of the table", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotAKeyPrefix))]
    public void Plan_DoesNotTakeAStartsWithAsAKeyCondition_WhenItIsNoOrdinalPrefixOfAValue(Expression<Func<Order, bool>> where)
    {
        var error = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(where)));

        Assert.Contains("OrderId", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<Expression<Func<Order, bool>>> NotAKeyPrefix() =>
    [
        Condition(o => o.CustomerId == "c" && o.OrderId.StartsWith(o.CustomerId)),
        Condition(o => o.CustomerId == "c" && o.OrderId.StartsWith('a')),
        Condition(o => o.CustomerId == "c" && o.OrderId.StartsWith("a", StringComparison.OrdinalIgnoreCase)),
    ];

    [Theory]
    [InlineData("%%")]
    [InlineData("_ab%")]
    [InlineData("a_b")]
    [InlineData("%ab")]
    public void Plan_RefusesASearchPatternDynamoDbCannotEvaluate(string pattern)
    {
        var error = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c", q => q.Search(o => o.Name!, pattern))));

        Assert.Equal(pattern, error.Expression);
    }

    [Fact]
    public void Plan_NamesTheSearchCondition_WithTheParameterX_WhenItTestsAKey()
    {
        var error = Assert.Throws<UnsupportedSpecificationException>(() => Plan(Where(o => o.CustomerId == "c", q => q.Search(o => o.OrderId, "%a%"))));

        Assert.Contains("the condition 'x.OrderId.Contains(\"a\")'", error.Message, StringComparison.Ordinal);
    }

    private static Expression<Func<Order, bool>> Condition(Expression<Func<Order, bool>> where) => where;

    private static QueryPlan Plan(ISpecification<Order> spec) => QueryPlanner<Order>.Plan(QueryModel.Orders, spec, Defaults, "Orders");

    private static Specification<Order> Where(Expression<Func<Order, bool>> where, Action<ISpecificationBuilder<Order>>? more = null) => Specs.Orders(where, more);
}
