using System.Linq.Expressions;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Query;
using Xunit;
using static Dynamo.Repositories.UnitTests.Expressions.Translation;

#pragma warning disable SA1131 // Constants on the left are what these tests translate.
#pragma warning disable CA1309 // The translator reads the culture-default overloads too.

namespace Dynamo.Repositories.UnitTests.Expressions;

/// <summary>Comparisons: operators, operand order, sizes, nested paths, null and the conversion of compared values.</summary>
public sealed class ConditionTranslatorComparisonTests
{
    [Fact]
    public void Translate_WritesEachOperator()
    {
        Assert.Equal("Total = 1", OfOrder(o => o.Total == 1));
        Assert.Equal("Total <> 1", OfOrder(o => o.Total != 1));
        Assert.Equal("Total < 1", OfOrder(o => o.Total < 1));
        Assert.Equal("Total <= 1", OfOrder(o => o.Total <= 1));
        Assert.Equal("Total > 1", OfOrder(o => o.Total > 1));
        Assert.Equal("Total >= 1", OfOrder(o => o.Total >= 1));
    }

    [Fact]
    public void Translate_MirrorsEachOperator_WhenTheMemberIsOnTheRight()
    {
        Assert.Equal("Total = 1", OfOrder(o => 1 == o.Total));
        Assert.Equal("Total <> 1", OfOrder(o => 1 != o.Total));
        Assert.Equal("Total > 1", OfOrder(o => 1 < o.Total));
        Assert.Equal("Total >= 1", OfOrder(o => 1 <= o.Total));
        Assert.Equal("Total < 1", OfOrder(o => 1 > o.Total));
        Assert.Equal("Total <= 1", OfOrder(o => 1 >= o.Total));
    }

    [Fact]
    public void Translate_ReadsCompareTo_WithTheMemberOnEitherSide()
    {
        Assert.Equal("name < 'm'", OfOrder(o => o.Name!.CompareTo("m") < 0));
        Assert.Equal("name > 'm'", OfOrder(o => 0 < o.Name!.CompareTo("m")));
        Assert.Equal("name >= 'm'", OfOrder(o => "m".CompareTo(o.Name) <= 0));
    }

    [Fact]
    public void Translate_ReadsStringCompare_AsAComparisonOfItsArguments()
    {
        Assert.Equal("name <= 'm'", OfOrder(o => string.Compare(o.Name, "m", StringComparison.Ordinal) <= 0));
        Assert.Equal("name > 'm'", OfOrder(o => 0 > string.Compare("m", o.Name)));
    }

    [Fact]
    public void Translate_KeepsAComparisonWithZero_WhenNoCompareIsInvolved()
    {
        Assert.Equal("Total > 0", OfOrder(o => o.Total > 0));
        Assert.Equal("size(Tags) > 0", OfOrder(o => o.Tags!.Count > 0));
    }

    [Fact]
    public void Translate_WritesNestedMembers_AsADottedPath()
    {
        Assert.Equal("Shipping.City = 'Oslo'", OfOrder(o => o.Shipping!.City == "Oslo"));
        Assert.Equal("Address.City = 'Oslo'", OfWallet(w => w.Address!.City == "Oslo"));
    }

    [Fact]
    public void Translate_UsesSize_ForEnumerableCountAndALengthOnTheRight()
    {
        Assert.Equal("size(Tags) >= 2", OfOrder(o => o.Tags!.Count() >= 2));
        Assert.Equal("size(name) < 4", OfOrder(o => 4 > o.Name!.Length));
        Assert.Equal("size(Labels) = size(Tags)", OfWallet(w => w.Labels.Count == w.Tags.Count));
    }

    [Fact]
    public void Translate_WritesTheSizeValueAsANumber()
    {
        var attributes = new Dynamo.Repositories.Expressions.ExpressionAttributes();

        var text = Dynamo.Repositories.Expressions.PredicateTranslator.Translate(QueryModel.Orders, (Expression<Func<Order, bool>>)(o => o.Name!.Length == 3), attributes);

        Assert.Equal("size(#n0) = :v0", text);
        Assert.Equal("3", attributes.Values[":v0"].N);
        Assert.Null(attributes.Values[":v0"].S);
    }

    [Fact]
    public void Translate_ComparesNullableMembersWithNull_ByExistence()
    {
        Assert.Equal("attribute_not_exists(size)", OfOrder(o => o.Priority == null));
        Assert.Equal("attribute_exists(size)", OfOrder(o => null != o.Priority));
        Assert.Equal("attribute_not_exists(ClosedAt)", OfWallet(w => w.ClosedAt == null));
    }

    [Fact]
    public void Translate_ComparesWithACapturedNull_ByExistence()
    {
        string? name = null;

        Assert.Equal("attribute_not_exists(name)", OfOrder(o => o.Name == name));
    }

    [Fact]
    public void Translate_Throws_WhenNullIsComparedWithAnOrderingOperator()
    {
        var predicate = Built(o => Expression.GreaterThan(Expression.Property(o, nameof(Order.Priority)), Expression.Constant(null, typeof(int?))));

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => OfOrder(predicate));

        Assert.Contains("null can only be compared with == or !=", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_WhenASizeIsComparedWithNull()
    {
        var length = (ParameterExpression o) => Expression.Property(Expression.Property(o, nameof(Order.Name)), nameof(string.Length));
        var predicate = Built(o => Expression.Equal(Expression.Convert(length(o), typeof(int?)), Expression.Constant(null, typeof(int?))));

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => OfOrder(predicate));

        Assert.Contains("a size cannot be compared with null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_WidensACapturedValue_ToThePropertyType()
    {
        var small = 7;

        Assert.Equal("Version >= 7", OfOrder(o => o.Version >= small));
        Assert.Equal("Transfers < 7", OfWallet(w => w.Transfers < small));
    }

    [Fact]
    public void Translate_WritesAnEnumComparedThroughItsNumber_AsItsStoredName()
    {
        var shipped = (int)OrderStatus.Shipped;

        Assert.Equal("status = 'Shipped'", OfOrder(o => (int)o.Status == shipped));
        Assert.Equal("Tier = 'Gold'", OfWallet(w => w.Tier == WalletTier.Gold));
    }

    [Fact]
    public void Translate_WritesGuidsBooleansAndDates_AsTheirStoredForms()
    {
        var id = new Guid("9d3c2d59-6c1e-4f0b-9d52-8f1f7d7f0a11");

        Assert.Equal("ExternalId = '9d3c2d59-6c1e-4f0b-9d52-8f1f7d7f0a11'", OfWallet(w => w.ExternalId == id));
        Assert.Equal("Active = false", OfWallet(w => w.Active == false));
        Assert.StartsWith("date > '2024-03-01T00:00:00", OfOrder(o => o.PlacedAt > new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc)), StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_NamingBothTypes_WhenTheValueCannotBecomeThePropertyType()
    {
        var predicate = Built(o => Expression.Equal(
            Expression.Convert(Expression.Property(o, nameof(Order.PlacedAt)), typeof(object)),
            Expression.Convert(Expression.Constant(Guid.Empty), typeof(object))));

        var ex = Assert.Throws<UnsupportedSpecificationException>(() => OfOrder(predicate));

        Assert.Contains("a Guid cannot be compared with PlacedAt, a DateTime", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_WhenAnOperandIsAComputedValueOfTheEntity()
    {
        var ex = OrderFails(o => o.Name!.Trim() == "A");

        Assert.Contains("only mapped members (and their Length or Count) can be compared", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Trim", ex.Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_WhenAMemberOfAScalarIsTested()
    {
        var ex = OrderFails(o => o.PlacedAt.Year == 2024);

        Assert.Contains("is not stored as a nested map", ex.Message, StringComparison.Ordinal);
        Assert.Contains("o.PlacedAt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_NamingTheIgnoredMember()
    {
        var ex = OrderFails(o => o.Secret == "s");

        Assert.Contains("'o.Secret' is not a mapped property of Order", ex.Message, StringComparison.Ordinal);
        Assert.Equal("o.Secret", ex.Expression);
    }
}
