using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory.Expressions;
using Xunit;
using static Dynamo.Repositories.UnitTests.Testing.InMemory.Av;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

/// <summary>The less common condition forms of the fake: ranges, IN, binary and list functions, and malformed text.</summary>
public sealed class ConditionEdgeTests
{
    private static readonly Dictionary<string, AttributeValue> Sample = Item(
        ("name", S("alice")),
        ("age", N("42")),
        ("photo", B(1, 2, 3)),
        ("scores", L(N("1"), N("2"))),
        ("active", Bool(true)));

    [Theory]
    [InlineData("#n0 <= :v0", "42", true)]
    [InlineData("#n0 <= :v0", "41", false)]
    [InlineData("#n0 >= :v0", "42", true)]
    [InlineData("#n0 >= :v0", "43", false)]
    [InlineData("#n0 > :v0", "41", true)]
    [InlineData("#n0 BETWEEN :v0 AND :v0", "42", true)]
    [InlineData("#n0 BETWEEN :v0 AND :v0", "41", false)]
    [InlineData("#n0 IN (:v0)", "42", true)]
    [InlineData("#n0 IN (:v0)", "7", false)]
    public void Evaluate_ComparesNumbers(string expression, string value, bool expected) =>
        Assert.Equal(expected, Parse(expression, Names("age"), Values(N(value))).Evaluate(Sample));

    [Fact]
    public void Evaluate_IsFalse_ForRangesAndInOverAMissingAttribute()
    {
        Assert.False(Parse("#n0 BETWEEN :v0 AND :v0", Names("missing"), Values(N("1"))).Evaluate(Sample));
        Assert.False(Parse("#n0 IN (:v0, :v0)", Names("missing"), Values(N("1"))).Evaluate(Sample));
        Assert.False(Parse("#n0 <= :v0", Names("missing"), Values(N("1"))).Evaluate(Sample));
    }

    [Fact]
    public void Evaluate_MatchesBinaryPrefixesAndContents_AndListElements()
    {
        Assert.True(Parse("begins_with(#n0, :v0)", Names("photo"), Values(B(1, 2))).Evaluate(Sample));
        Assert.False(Parse("begins_with(#n0, :v0)", Names("photo"), Values(S("1"))).Evaluate(Sample));
        Assert.True(Parse("contains(#n0, :v0)", Names("photo"), Values(B(2, 3))).Evaluate(Sample));
        Assert.False(Parse("contains(#n0, :v0)", Names("photo"), Values(S("2"))).Evaluate(Sample));
        Assert.False(Parse("contains(#n0, :v0)", Names("name"), Values(N("1"))).Evaluate(Sample));
        Assert.True(Parse("contains(#n0, :v0)", Names("scores"), Values(N("2"))).Evaluate(Sample));
        Assert.False(Parse("contains(#n0, :v0)", Names("active"), Values(Bool(true))).Evaluate(Sample));
    }

    [Theory]
    [InlineData("#n0 BETWEEN :v0 :v0")]
    [InlineData("#n0 IN :v0")]
    [InlineData("#n0 :v0")]
    [InlineData("#n0 = :v0 AND")]
    public void Parse_ThrowsASyntaxError_WhenTheConditionIsMalformed(string expression)
    {
        var error = Assert.Throws<AmazonDynamoDBException>(() => Parse(expression, Names("age"), Values(N("1"))));

        Assert.StartsWith("Invalid ConditionExpression: Syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireAllUsed_ThrowsValidationException_WhenAValueIsUnused()
    {
        var context = new ExpressionContext(Names("age"), Values(N("1"), N("2")));
        ExpressionParser.ParseCondition("#n0 = :v0", "ConditionExpression", context);

        var error = Assert.Throws<AmazonDynamoDBException>(context.RequireAllUsed);

        Assert.Equal("Value provided in ExpressionAttributeValues unused in expressions: keys: {:v1}", error.Message);
    }

    private static ConditionNode Parse(string expression, Dictionary<string, string>? names, Dictionary<string, AttributeValue>? values) =>
        ExpressionParser.ParseCondition(expression, "ConditionExpression", new ExpressionContext(names, values));
}
