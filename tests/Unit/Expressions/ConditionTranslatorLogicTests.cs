using System.Linq.Expressions;
using Dynamo.Repositories.UnitTests.Query;
using Xunit;
using static Dynamo.Repositories.UnitTests.Expressions.Translation;

#pragma warning disable SA1131 // Constants on the left are what these tests translate.

namespace Dynamo.Repositories.UnitTests.Expressions;

/// <summary>The boolean structure of a condition: &amp;&amp;, ||, &amp;, |, !, bare booleans and folded constants.</summary>
public sealed class ConditionTranslatorLogicTests
{
    [Fact]
    public void Translate_UsesAnd_ForTheNonShortCircuitAndOfBooleans()
    {
        Assert.Equal("(IsGift = true AND Total > 3)", OfOrder(o => o.IsGift & o.Total > 3));
    }

    [Fact]
    public void Translate_UsesOr_ForTheNonShortCircuitOrOfBooleans()
    {
        Assert.Equal("(IsGift = true OR Total > 3)", OfOrder(o => o.IsGift | o.Total > 3));
    }

    [Fact]
    public void Translate_UsesOr_ForTheShortCircuitOr()
    {
        Assert.Equal("(name = 'a' OR Total < 2)", OfOrder(o => o.Name == "a" || o.Total < 2));
    }

    [Fact]
    public void Translate_NegatesAComparison_WithNot()
    {
        Assert.Equal("(NOT Total > 3)", OfOrder(o => !(o.Total > 3)));
    }

    [Fact]
    public void Translate_ComparesABareBooleanMemberWithTrue()
    {
        Assert.Equal("(NOT IsGift = true)", OfOrder(o => !o.IsGift));
    }

    [Fact]
    public void Translate_ReadsThroughAConversionOfTheWholeCondition()
    {
        var predicate = Built(o => Expression.Convert(Expression.Property(o, nameof(Order.IsGift)), typeof(bool)));

        Assert.Equal("IsGift = true", OfOrder(predicate));
    }

    [Fact]
    public void Translate_ComparesABareBooleanMember_OfAnotherEntity()
    {
        Assert.Equal("Active = true", OfWallet(w => w.Active));
    }

    [Fact]
    public void Translate_KeepsTheOtherSide_WhenOneSideOfAnAndIsAlwaysTrue()
    {
        var always = true;

        Assert.Equal("Total > 1", OfOrder(o => always && o.Total > 1));
        Assert.Equal("Total > 1", OfOrder(o => o.Total > 1 && always));
    }

    [Fact]
    public void Translate_IsAlwaysFalse_WhenOneSideOfAnAndIsAlwaysFalse()
    {
        var never = false;

        Assert.Equal("(attribute_exists(CustomerId) AND attribute_not_exists(CustomerId))", OfOrder(o => o.Total > 1 && never));
    }

    [Fact]
    public void Translate_KeepsTheOtherSide_WhenOneSideOfAnOrIsAlwaysFalse()
    {
        var never = false;

        Assert.Equal("Total > 1", OfOrder(o => never || o.Total > 1));
        Assert.Equal("Total > 1", OfOrder(o => o.Total > 1 || never));
    }

    [Fact]
    public void Translate_IsAlwaysTrue_WhenOneSideOfAnOrIsAlwaysTrue()
    {
        var always = true;

        Assert.Equal("attribute_exists(CustomerId)", OfOrder(o => o.Total > 1 || always));
        Assert.Equal("attribute_exists(CustomerId)", OfOrder(o => always || o.Total > 1));
    }

    [Fact]
    public void Translate_FoldsANegatedConstant()
    {
        var always = true;

        Assert.Equal("(attribute_exists(CustomerId) AND attribute_not_exists(CustomerId))", OfOrder(o => !always));
    }

    [Fact]
    public void Translate_Throws_ForAConditionalExpression()
    {
        var ex = OrderFails(o => o.IsGift ? o.Total > 1 : o.Total > 2);

        Assert.Contains("DynamoDB conditions support comparisons", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Order", ex.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(Order), ex.EntityType);
    }

    [Fact]
    public void Translate_Throws_WhenABooleanMemberIsNotOfTheEntity()
    {
        var ex = OrderFails(o => new Flag(o.IsGift).Value);

        Assert.Contains("only mapped members of the entity can be tested", ex.Message, StringComparison.Ordinal);
    }

    private sealed record Flag(bool Value);
}
