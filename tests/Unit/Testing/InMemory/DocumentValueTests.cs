using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory;
using Dynamo.Repositories.Testing.InMemory.Expressions;
using Xunit;
using static Dynamo.Repositories.UnitTests.Testing.InMemory.Av;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

/// <summary>The in-memory executor's document semantics: equality and size of every type, functions on binaries, nested paths.</summary>
public sealed class DocumentValueTests
{
    private static readonly Dictionary<string, AttributeValue> Sample = Item(
        ("ss", SS("a", "b")),
        ("ns", NS("1", "2.0")),
        ("bs", new AttributeValue { BS = [new MemoryStream([1]), new MemoryStream([2, 3])] }),
        ("list", L(S("x"), N("1"), M(("k", S("v"))))),
        ("map", M(("a", N("1")), ("b", L(S("y"))))),
        ("nothing", new AttributeValue { NULL = true }),
        ("bin", B(1, 2, 3)),
        ("flag", Bool(true)));

    [Theory]
    [InlineData("ss")]
    [InlineData("ns")]
    [InlineData("bs")]
    [InlineData("list")]
    [InlineData("map")]
    [InlineData("nothing")]
    [InlineData("bin")]
    [InlineData("flag")]
    public void Equal_IsTrue_ForACopyOfEveryType(string attribute)
    {
        Assert.True(AttributeEquality.AreEqual(Sample[attribute], AttributeValueCopier.Copy(Sample[attribute])));
    }

    [Fact]
    public void Equal_ComparesSetsInAnyOrder_AndNumbersByValue()
    {
        Assert.True(AttributeEquality.AreEqual(Sample["ss"], SS("b", "a")));
        Assert.True(AttributeEquality.AreEqual(Sample["ns"], NS("2", "1")));
        Assert.False(AttributeEquality.AreEqual(Sample["ss"], SS("a")));
        Assert.False(AttributeEquality.AreEqual(Sample["ss"], SS("a", "c")));
        Assert.False(AttributeEquality.AreEqual(Sample["bs"], new AttributeValue { BS = [new MemoryStream([1]), new MemoryStream([2])] }));
    }

    [Fact]
    public void Equal_ComparesListsInOrder_AndMapsByKey()
    {
        Assert.False(AttributeEquality.AreEqual(L(S("x"), S("y")), L(S("y"), S("x"))));
        Assert.False(AttributeEquality.AreEqual(L(S("x")), L(S("x"), S("x"))));
        Assert.True(AttributeEquality.AreEqual(M(("a", N("1")), ("b", N("2"))), M(("b", N("2")), ("a", N("1.00")))));
        Assert.False(AttributeEquality.AreEqual(M(("a", N("1"))), M(("b", N("1")))));
        Assert.False(AttributeEquality.AreEqual(M(("a", N("1"))), M(("a", N("1")), ("b", N("1")))));
        Assert.False(AttributeEquality.AreEqual(Bool(true), Bool(false)));
    }

    [Fact]
    public void Equal_IsFalse_ForDifferentTypes()
    {
        Assert.False(AttributeEquality.AreEqual(SS("1"), NS("1")));
        Assert.False(AttributeEquality.AreEqual(L(S("a")), SS("a")));
        Assert.False(AttributeEquality.AreEqual(new AttributeValue { NULL = true }, Bool(false)));
    }

    [Theory]
    [InlineData("bin", "3")]
    [InlineData("ss", "2")]
    [InlineData("ns", "2")]
    [InlineData("bs", "2")]
    [InlineData("list", "3")]
    [InlineData("map", "2")]
    public void Size_CountsBytesElementsAndEntries(string attribute, string size)
    {
        Assert.True(Evaluate("size(#n0) = :v0", [attribute], N(size)));
    }

    [Theory]
    [InlineData("flag")]
    [InlineData("nothing")]
    [InlineData("missing")]
    public void Size_HasNoValue_ForBooleansNullAndMissingAttributes(string attribute)
    {
        Assert.False(Evaluate("size(#n0) = :v0", [attribute], N("1")));
    }

    [Fact]
    public void Functions_ReadBinariesAndSets()
    {
        Assert.True(Evaluate("begins_with(#n0, :v0)", ["bin"], B(1, 2)));
        Assert.False(Evaluate("begins_with(#n0, :v0)", ["bin"], B(2)));
        Assert.False(Evaluate("begins_with(#n0, :v0)", ["bin"], S("a")));
        Assert.True(Evaluate("contains(#n0, :v0)", ["bin"], B(2, 3)));
        Assert.False(Evaluate("contains(#n0, :v0)", ["bin"], S("2")));
        Assert.True(Evaluate("contains(#n0, :v0)", ["ns"], N("2")));
        Assert.True(Evaluate("contains(#n0, :v0)", ["list"], S("x")));
        Assert.False(Evaluate("contains(#n0, :v0)", ["map"], S("a")));
        Assert.False(Evaluate("contains(#n0, :v0)", ["missing"], S("a")));
        Assert.True(Evaluate("attribute_type(#n0, :v0)", ["nothing"], S("NULL")));
        Assert.True(Evaluate("attribute_type(#n0, :v0)", ["bs"], S("BS")));
    }

    [Fact]
    public void Between_IsFalse_WhenTheValueIsMissingOrOfAnotherType()
    {
        Assert.False(Evaluate("#n0 BETWEEN :v0 AND :v1", ["missing"], N("1"), N("2")));
        Assert.False(Evaluate("#n0 BETWEEN :v0 AND :v1", ["flag"], N("1"), N("2")));
        Assert.True(Evaluate("#n0[1] BETWEEN :v0 AND :v1", ["list"], N("0"), N("2")));
    }

    [Fact]
    public void Paths_ReadIntoListsAndMaps()
    {
        Assert.True(Evaluate("#n0.#n1 = :v0", ["map", "a"], N("1")));
        Assert.True(Evaluate("#n0[2].#n1 = :v0", ["list", "k"], S("v")));
        Assert.True(Evaluate("#n0.#n1[0] = :v0", ["map", "b"], S("y")));
        Assert.False(Evaluate("attribute_exists(#n0[5])", ["list"]));
        Assert.False(Evaluate("attribute_exists(#n0.#n1)", ["list", "a"]));
        Assert.False(Evaluate("attribute_exists(#n0[0])", ["map"]));
    }

    [Fact]
    public void Projection_KeepsOnlyTheNamedNestedPaths()
    {
        var paths = ExpressionParser.ParseProjection("#n0.#n1, #n2[2].#n3, #n2[0], #n4", new ExpressionContext(Names("map", "b", "list", "k", "missing"), null));

        var projected = ItemProjection.Apply(Sample, paths);

        Assert.Equal(["list", "map"], projected.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["b"], projected["map"].M.Keys);
        Assert.Equal("y", projected["map"].M["b"].L[0].S);
        Assert.Equal(2, projected["list"].L.Count);
        Assert.Equal("v", projected["list"].L[0].M["k"].S);
        Assert.Equal("x", projected["list"].L[1].S);
    }

    [Fact]
    public void Projection_MergesTwoPathsUnderOneMap()
    {
        var item = Item(("m", M(("a", N("1")), ("b", N("2")), ("c", N("3")))));
        var paths = ExpressionParser.ParseProjection("#n0.#n1, #n0.#n2", new ExpressionContext(Names("m", "a", "c"), null));

        var projected = ItemProjection.Apply(item, paths);

        Assert.Equal(["a", "c"], projected["m"].M.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("3", item["m"].M["c"].N);
        Assert.Equal(3, item["m"].M.Count);
    }

    [Fact]
    public void Update_SetsAndRemovesInsideListsAndMaps()
    {
        var item = Item(("pk", S("a")), ("list", L(S("x"), S("y"))), ("map", M(("a", N("1")), ("b", N("2")))));

        var updated = ExpressionParser.ParseUpdate(
            "SET #n0[1] = :v0, #n0[5] = :v1, #n1.#n2 = :v0 REMOVE #n1.#n3, #n0[0]",
            new ExpressionContext(Names("list", "map", "c", "a"), Values(S("z"), S("appended")))).Apply(item);

        Assert.Equal(["z", "appended"], updated["list"].L.Select(v => v.S));
        Assert.Equal(["b", "c"], updated["map"].M.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("z", updated["map"].M["c"].S);
        Assert.Equal(["x", "y"], item["list"].L.Select(v => v.S));
    }

    [Fact]
    public void Update_IgnoresRemovingAnIndexPastTheEnd()
    {
        var item = Item(("pk", S("a")), ("list", L(S("x"))));

        var updated = ExpressionParser.ParseUpdate("REMOVE #n0[3]", new ExpressionContext(Names("list"), null)).Apply(item);

        Assert.Equal(["x"], updated["list"].L.Select(v => v.S));
    }

    [Theory]
    [InlineData("#n0 = :v0 OR #n1 = :v1", "OR")]
    [InlineData("#n0 = :v0 AND NOT #n1 = :v1", "NOT")]
    public void KeyCondition_RefusesOrAndNot(string expression, string word)
    {
        var error = Assert.Throws<AmazonDynamoDBException>(() => KeyConditions.Validate(Condition(expression, "pk", "sk"), "pk", "sk"));

        Assert.Contains(word, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#n0 = :v0 AND #n1 < :v1")]
    [InlineData("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2")]
    [InlineData("#n0 = :v0 AND begins_with(#n1, :v1)")]
    [InlineData("#n0 = :v0")]
    public void KeyCondition_AcceptsOneSortKeyCondition(string expression)
    {
        KeyConditions.Validate(Condition(expression, "pk", "sk"), "pk", "sk");
    }

    [Theory]
    [InlineData("#n0 = :v0 AND #n1 <> :v1")]
    [InlineData("#n0 = :v0 AND #n1 > :v1 AND #n1 < :v2")]
    [InlineData("#n0 = :v0 AND #n1 = #n0")]
    [InlineData("#n0 = :v0 AND contains(#n1, :v1)")]
    [InlineData("#n0 = :v0 AND attribute_exists(#n1)")]
    public void KeyCondition_RefusesWhatDynamoDbRefuses(string expression)
    {
        var error = Assert.Throws<AmazonDynamoDBException>(() => KeyConditions.Validate(Condition(expression, "pk", "sk"), "pk", "sk"));

        Assert.Contains("not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyCondition_RefusesASortKeyCondition_OnATableWithoutSortKey()
    {
        Assert.Throws<AmazonDynamoDBException>(() => KeyConditions.Validate(Condition("#n0 = :v0 AND #n1 < :v1", "pk", "sk"), "pk", null));
    }

    [Fact]
    public void KeyCondition_RequiresThePartitionKeyOnce()
    {
        var error = Assert.Throws<AmazonDynamoDBException>(() => KeyConditions.Validate(Condition("#n1 = :v0", "pk", "sk"), "pk", "sk"));

        Assert.Contains("missed key schema element: pk", error.Message, StringComparison.Ordinal);
    }

    private static ConditionNode Condition(string expression, params string[] names) =>
        ExpressionParser.ParseCondition(expression, "KeyConditionExpression", new ExpressionContext(Names(names), Values(S("a"), S("b"), S("c"))));

    private static bool Evaluate(string expression, string[] names, params AttributeValue[] values) =>
        ExpressionParser.ParseCondition(expression, "ConditionExpression", new ExpressionContext(Names(names), values.Length == 0 ? null : Values(values))).Evaluate(Sample);
}
