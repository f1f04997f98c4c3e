using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory.Expressions;
using Xunit;
using static Dynamo.Repositories.UnitTests.Testing.InMemory.Av;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

public sealed class ConditionEvaluationTests
{
    private static readonly Dictionary<string, AttributeValue> Sample = Item(
        ("name", S("alice")),
        ("age", N("42")),
        ("tags", SS("a", "b")),
        ("scores", L(N("1"), N("2"), N("3"))),
        ("address", M(("city", S("Lyon")), ("zip", S("69001")))),
        ("active", Bool(true)));

    [Theory]
    [InlineData("#n0 = :v0", "name", "alice", true)]
    [InlineData("#n0 <> :v0", "name", "bob", true)]
    [InlineData("#n0 < :v0", "name", "bob", true)]
    [InlineData("#n0 > :v0", "name", "bob", false)]
    [InlineData("begins_with(#n0, :v0)", "name", "al", true)]
    [InlineData("contains(#n0, :v0)", "name", "lic", true)]
    [InlineData("contains(#n0, :v0)", "tags", "b", true)]
    [InlineData("attribute_type(#n0, :v0)", "tags", "SS", true)]
    [InlineData("#n0 = :v0", "missing", "x", false)]
    [InlineData("#n0 <> :v0", "missing", "x", true)]
    [InlineData("NOT #n0 = :v0", "name", "alice", false)]
    public void Evaluate_FollowsDynamoDbRules(string expression, string name, string value, bool expected) =>
        Assert.Equal(expected, Parse(expression, Names(name), Values(S(value))).Evaluate(Sample));

    [Fact]
    public void Evaluate_IsFalse_WhenTypesDiffer()
    {
        Assert.False(Parse("#n0 = :v0", Names("age"), Values(S("42"))).Evaluate(Sample));
        Assert.False(Parse("#n0 < :v0", Names("age"), Values(S("99"))).Evaluate(Sample));
        Assert.True(Parse("#n0 <> :v0", Names("age"), Values(S("42"))).Evaluate(Sample));
    }

    [Fact]
    public void Evaluate_ComparesNumbersNumerically()
    {
        Assert.True(Parse("#n0 > :v0", Names("age"), Values(N("9"))).Evaluate(Sample));
        Assert.True(Parse("#n0 = :v0", Names("age"), Values(N("42.0"))).Evaluate(Sample));
        Assert.True(Parse("#n0 BETWEEN :v0 AND :v1", Names("age"), Values(N("40"), N("42"))).Evaluate(Sample));
        Assert.True(Parse("#n0 IN (:v0, :v1)", Names("age"), Values(N("1"), N("42"))).Evaluate(Sample));
    }

    [Fact]
    public void Evaluate_ReadsNestedPathsListIndexesAndSizes()
    {
        Assert.True(Parse("#n0.#n1 = :v0", Names("address", "city"), Values(S("Lyon"))).Evaluate(Sample));
        Assert.True(Parse("#n0[2] = :v0", Names("scores"), Values(N("3"))).Evaluate(Sample));
        Assert.False(Parse("attribute_exists(#n0[3])", Names("scores"), null).Evaluate(Sample));
        Assert.True(Parse("size(#n0) = :v0 AND size(#n1) = :v1", Names("scores", "name"), Values(N("3"), N("5"))).Evaluate(Sample));
    }

    [Fact]
    public void Evaluate_BindsNotTighterThanAndTighterThanOr()
    {
        // false OR true AND NOT false => true; (false OR true) AND false => false.
        var names = Names("name");
        var values = Values(S("bob"), S("alice"));
        Assert.True(Parse("#n0 = :v0 OR #n0 = :v1 AND NOT #n0 = :v0", names, values).Evaluate(Sample));
        Assert.False(Parse("(#n0 = :v0 OR #n0 = :v1) AND #n0 = :v0", names, values).Evaluate(Sample));
    }

    [Theory]
    [InlineData("#n0 = :v9", "An expression attribute value used in expression is not defined; attribute value: :v9")]
    [InlineData("#n7 = :v0", "An expression attribute name used in the document path is not defined; attribute name: #n7")]
    [InlineData("#n0 = = :v0", "Syntax error; token: \"=\"")]
    public void Parse_ThrowsValidationException_WhenExpressionIsInvalid(string expression, string message)
    {
        var error = Assert.Throws<AmazonDynamoDBException>(() => Parse(expression, Names("name"), Values(S("x"))));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireAllUsed_ThrowsValidationException_WhenAPlaceholderIsUnused()
    {
        var context = new ExpressionContext(Names("name", "age"), Values(S("x")));
        ExpressionParser.ParseCondition("#n0 = :v0", "ConditionExpression", context);

        var error = Assert.Throws<AmazonDynamoDBException>(context.RequireAllUsed);

        Assert.Equal("Value provided in ExpressionAttributeNames unused in expressions: keys: {#n1}", error.Message);
    }

    private static ConditionNode Parse(string expression, Dictionary<string, string>? names, Dictionary<string, AttributeValue>? values) =>
        ExpressionParser.ParseCondition(expression, "ConditionExpression", new ExpressionContext(names, values));
}
