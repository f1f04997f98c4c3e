using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory.Expressions;
using Xunit;
using static Dynamo.Repositories.UnitTests.Testing.InMemory.Av;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

public sealed class UpdateExpressionTests
{
    private static readonly Dictionary<string, AttributeValue> Stored = Item(
        ("pk", S("a")),
        ("count", N("10")),
        ("tags", SS("x", "y")),
        ("note", S("old")),
        ("address", M(("city", S("Lyon")))));

    [Fact]
    public void Apply_SetsWithArithmeticAndIfNotExists()
    {
        var updated = Apply("SET #n0 = #n0 + :v0, #n1 = if_not_exists(#n1, :v1), #n2 = if_not_exists(#n3, :v1)", Names("count", "seen", "note", "note"), Values(N("0.5"), N("1")));

        Assert.Equal("10.5", updated["count"].N);
        Assert.Equal("1", updated["seen"].N);
        Assert.Equal("old", updated["note"].S);
    }

    [Fact]
    public void Apply_ReadsEveryRightHandSideBeforeWriting()
    {
        var updated = Apply("SET #n0 = :v0, #n1 = #n0", Names("count", "previous"), Values(N("99")));

        Assert.Equal(("99", "10"), (updated["count"].N, updated["previous"].N));
    }

    [Fact]
    public void Apply_RemovesAddsAndDeletes()
    {
        var updated = Apply("REMOVE #n0 ADD #n1 :v0, #n2 :v1 DELETE #n3 :v2", Names("note", "count", "tags", "tags2"), Values(N("-3"), SS("z"), SS("q")));

        Assert.False(updated.ContainsKey("note"));
        Assert.Equal("7", updated["count"].N);
        Assert.Equal(["x", "y", "z"], updated["tags"].SS.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Apply_RemovesTheAttribute_WhenDeleteEmptiesTheSet()
    {
        var updated = Apply("DELETE #n0 :v0", Names("tags"), Values(SS("x", "y")));

        Assert.False(updated.ContainsKey("tags"));
    }

    [Fact]
    public void Apply_SetsNestedMember_AndRefusesAMissingParent()
    {
        Assert.Equal("Paris", Apply("SET #n0.#n1 = :v0", Names("address", "city"), Values(S("Paris")))["address"].M["city"].S);

        var error = Assert.Throws<AmazonDynamoDBException>(() => Apply("SET #n0.#n1 = :v0", Names("nowhere", "city"), Values(S("Paris"))));
        Assert.Equal("The document path provided in the update expression is invalid for update", error.Message);
    }

    [Fact]
    public void Apply_DoesNotChangeTheStoredItem()
    {
        Apply("SET #n0 = :v0", Names("note"), Values(S("new")));

        Assert.Equal("old", Stored["note"].S);
    }

    [Theory]
    [InlineData("SET #n0 = :v0, #n0 = :v0", "Two document paths overlap")]
    [InlineData("SET #n0 = :v0 SET #n0 = :v0", "The \"SET\" section can only be used once")]
    [InlineData("SET #n0 = #n0 + :v0", "incorrect data type")]
    public void Parse_Or_Apply_ThrowsValidationException_WhenInvalid(string expression, string message)
    {
        var error = Assert.Throws<AmazonDynamoDBException>(() => Apply(expression, Names("note"), Values(S("x"))));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, AttributeValue> Apply(string expression, Dictionary<string, string> names, Dictionary<string, AttributeValue> values) =>
        ExpressionParser.ParseUpdate(expression, new ExpressionContext(names, values)).Apply(Stored);
}
