using System.Linq.Expressions;
using Dynamo.Repositories.Expressions;
using Dynamo.Repositories.UnitTests.Query;
using Xunit;

#pragma warning disable SA1131 // Constants on the left are what these tests translate.

namespace Dynamo.Repositories.UnitTests.Expressions;

public sealed class PredicateTranslatorTests
{
    private static (string Text, ExpressionAttributes Attributes) Translate(Expression<Func<Order, bool>> predicate)
    {
        var attributes = new ExpressionAttributes();
        return (PredicateTranslator.Translate(QueryModel.Orders, predicate, attributes), attributes);
    }

    private static string Rendered(Expression<Func<Order, bool>> predicate)
    {
        var (text, attributes) = Translate(predicate);
        return PlanText.Render(text, attributes.Names, attributes.Values)!;
    }

    [Fact]
    public void Translate_UsesPlaceholdersForEveryNameAndValue_WhenComparing()
    {
        var (text, attributes) = Translate(o => o.Status == OrderStatus.Shipped && o.Total < 12.25m);

        Assert.Equal("(#n0 = :v0 AND #n1 < :v1)", text);
        Assert.Equal("status", attributes.Names["#n0"]);
        Assert.Equal("Shipped", attributes.Values[":v0"].S);
        Assert.Equal("Total", attributes.Names["#n1"]);
        Assert.Equal("12.25", attributes.Values[":v1"].N);
    }

    [Fact]
    public void Translate_SwapsOperator_WhenTheMemberIsOnTheRight()
    {
        Assert.Equal("Total > 3", Rendered(o => 3m < o.Total));
    }

    [Fact]
    public void Translate_ComparesTwoAttributes_WhenBothSidesAreMembers()
    {
        Assert.Equal("Total > size", Rendered(o => o.Total > o.Priority!.Value));
    }

    [Fact]
    public void Translate_UsesAttributeExistence_WhenComparingWithNull()
    {
        Assert.Equal("(attribute_not_exists(name) OR attribute_exists(ttl))", Rendered(o => o.Name == null || null != o.Notes));
    }

    [Fact]
    public void Translate_UsesIn_WhenACapturedCollectionContainsTheMember()
    {
        var names = new List<string> { "a", "b", "c" };

        Assert.Equal("name IN ('a', 'b', 'c')", Rendered(o => names.Contains(o.Name!)));
    }

    [Fact]
    public void Translate_Throws_WhenInHasMoreThanOneHundredValues()
    {
        var names = Enumerable.Range(0, 101).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Translate(o => names.Contains(o.Name)));

        Assert.Contains("101", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_UsesSize_ForLengthAndCount()
    {
        Assert.Equal("(size(name) > 3 AND size(Tags) = 0)", Rendered(o => o.Name!.Length > 3 && o.Tags!.Count == 0));
    }

    [Fact]
    public void Translate_HandlesIsNullOrEmpty()
    {
        Assert.Equal("(attribute_not_exists(name) OR name = '')", Rendered(o => string.IsNullOrEmpty(o.Name)));
    }

    [Fact]
    public void Translate_ReturnsExistence_WhenThePredicateIsAlwaysTrue()
    {
        var always = true;

        Assert.Equal("attribute_exists(CustomerId)", Rendered(o => always));
    }

    [Fact]
    public void Translate_ReturnsAConditionNoItemMeets_WhenThePredicateIsAlwaysFalse()
    {
        Assert.Equal("(attribute_exists(CustomerId) AND attribute_not_exists(CustomerId))", Rendered(o => o.Name == "x" && 1 > 2));
    }

    [Fact]
    public void Translate_ReusesNamePlaceholders_WhenANameRepeats()
    {
        var (text, attributes) = Translate(o => o.Name == "a" || o.Name == "b");

        Assert.Equal("(#n0 = :v0 OR #n0 = :v1)", text);
        Assert.Single(attributes.Names);
    }

    [Fact]
    public void Translate_Throws_NamingTheExpression_WhenEndsWithIsUsed()
    {
        var ex = Assert.Throws<UnsupportedSpecificationException>(() => Translate(o => o.Name!.EndsWith("son")));

        Assert.Contains("EndsWith", ex.Message, StringComparison.Ordinal);
        Assert.Contains("StartsWith", ex.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(Order), ex.EntityType);
    }

    [Fact]
    public void Translate_ConvertsEnumComparedAsInteger_ToItsName()
    {
        Assert.Equal("status <> 'Cancelled'", Rendered(o => o.Status != OrderStatus.Cancelled));
    }
}
