using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory.Expressions;
using Xunit;
using static Dynamo.Repositories.UnitTests.Testing.InMemory.Av;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

/// <summary>The update clauses and operand types the fake applies as DynamoDB does, beyond the common ones.</summary>
public sealed class UpdateExpressionEdgeTests
{
    private static readonly Dictionary<string, AttributeValue> Stored = Item(
        ("pk", S("a")),
        ("count", N("10")),
        ("tags", SS("x", "y")),
        ("ids", NS("1", "2", "3")),
        ("blobs", new AttributeValue { BS = [new MemoryStream([1]), new MemoryStream([2])] }),
        ("history", L(S("first"))),
        ("scores", L(N("1"), N("2"), N("3"))),
        ("note", S("old")),
        ("address", M(("city", S("Lyon")))));

    [Fact]
    public void Apply_AppendsLists_InTheOrderGiven()
    {
        var updated = Apply("SET #n0 = list_append(#n0, :v0), #n1 = list_append(:v0, #n0)", Names("history", "copy"), Values(L(S("second"))));

        Assert.Equal(["first", "second"], updated["history"].L.Select(v => v.S));
        Assert.Equal(["second", "first"], updated["copy"].L.Select(v => v.S));
    }

    [Fact]
    public void Apply_RefusesListAppend_OfANonList()
    {
        var error = Assert.Throws<AmazonDynamoDBException>(() => Apply("SET #n0 = list_append(#n0, :v0)", Names("note"), Values(L(S("x")))));

        Assert.Contains("incorrect data type; operator or function: list_append", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_Subtracts()
    {
        Assert.Equal("7.5", Apply("SET #n0 = #n0 - :v0", Names("count"), Values(N("2.5")))["count"].N);
    }

    [Fact]
    public void Apply_RefusesAnOperandNamingAMissingAttribute()
    {
        var error = Assert.Throws<AmazonDynamoDBException>(() => Apply("SET #n0 = #n1", Names("note", "missing"), null));

        Assert.Equal("The provided expression refers to an attribute that does not exist in the item", error.Message);
    }

    [Fact]
    public void Apply_AddsToNumberAndBinarySets_WithoutDuplicates()
    {
        var updated = Apply("ADD #n0 :v0, #n1 :v1, #n2 :v2", Names("ids", "blobs", "fresh"), Values(NS("3", "4"), new AttributeValue { BS = [new MemoryStream([2]), new MemoryStream([9])] }, NS("5")));

        Assert.Equal(["1", "2", "3", "4"], updated["ids"].NS);
        Assert.Equal([1, 2, 9], updated["blobs"].BS.Select(b => (int)b.ToArray()[0]));
        Assert.Equal(["5"], updated["fresh"].NS);
    }

    [Theory]
    [InlineData("ADD #n0 :v0", "fresh", "S")]
    [InlineData("ADD #n0 :v0", "tags", "NS")]
    [InlineData("ADD #n0 :v0", "note", "S")]
    [InlineData("DELETE #n0 :v0", "note", "SS")]
    [InlineData("DELETE #n0 :v0", "tags", "NS")]
    public void Apply_RefusesAddOrDelete_OfTheWrongType(string expression, string name, string kind)
    {
        var value = kind switch
        {
            "S" => S("z"),
            "SS" => SS("z"),
            _ => NS("1"),
        };

        var error = Assert.Throws<AmazonDynamoDBException>(() => Apply(expression, Names(name), Values(value)));

        Assert.Contains($"incorrect data type; operator or function: {expression[..expression.IndexOf(' ', StringComparison.Ordinal)]}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_DeletesFromNumberAndBinarySets_AndIgnoresAMissingSet()
    {
        var updated = Apply("DELETE #n0 :v0, #n1 :v1, #n2 :v2", Names("ids", "blobs", "absent"), Values(NS("2"), new AttributeValue { BS = [new MemoryStream([1])] }, SS("q")));

        Assert.Equal(["1", "3"], updated["ids"].NS);
        Assert.Equal([2], updated["blobs"].BS.Select(b => (int)b.ToArray()[0]));
        Assert.False(updated.ContainsKey("absent"));
    }

    [Fact]
    public void Apply_RemovesListElements_AndMapMembers_AndIgnoresAMissingParentOrIndex()
    {
        var updated = Apply("REMOVE #n0[1], #n0[7], #n1.#n2, #n3.#n2", Names("scores", "address", "city", "nowhere"), null);

        Assert.Equal(["1", "3"], updated["scores"].L.Select(v => v.N));
        Assert.Empty(updated["address"].M);
    }

    [Fact]
    public void Apply_RefusesToRemoveAMember_OfAScalar()
    {
        var error = Assert.Throws<AmazonDynamoDBException>(() => Apply("REMOVE #n0.#n1", Names("note", "x"), null));

        Assert.Equal("The document path provided in the update expression is invalid for update", error.Message);
    }

    [Theory]
    [InlineData("SET")]
    [InlineData("SET #n0 = :v0 )")]
    [InlineData("ADD #n0 #n0")]
    [InlineData("SET #n0[x] = :v0")]
    [InlineData("SET #n0 = :v0,")]
    [InlineData("FROB #n0 = :v0")]
    [InlineData("SET #n0 := :v0")]
    [InlineData("SET #n0 = :v0 ; #n0")]
    [InlineData("SET : = :v0")]
    [InlineData("SET :v0 = :v0")]
    public void Parse_ThrowsASyntaxError_WhenTheExpressionIsMalformed(string expression)
    {
        var error = Assert.Throws<AmazonDynamoDBException>(() => Apply(expression, Names("note"), Values(S("x"))));

        Assert.Equal(("ValidationException", true), (error.ErrorCode, error.Message.StartsWith("Invalid UpdateExpression: Syntax error", StringComparison.Ordinal)));
    }

    private static Dictionary<string, AttributeValue> Apply(string expression, Dictionary<string, string> names, Dictionary<string, AttributeValue>? values) =>
        ExpressionParser.ParseUpdate(expression, new ExpressionContext(names, values)).Apply(Stored);
}
