using Dynamo.Repositories.UnitTests.Query;
using Xunit;
using static Dynamo.Repositories.UnitTests.Expressions.Translation;

#pragma warning disable CA1309 // The translator reads the culture-default overloads too.

namespace Dynamo.Repositories.UnitTests.Expressions;

/// <summary>The method calls a condition may use: string functions, Equals and the two meanings of Contains.</summary>
public sealed class ConditionTranslatorCallTests
{
    [Fact]
    public void Translate_UsesBeginsWith_ForStartsWith_WithOrWithoutOrdinal()
    {
        Assert.Equal("begins_with(name, 'ab')", OfOrder(o => o.Name!.StartsWith("ab")));
        Assert.Equal("begins_with(name, 'ab')", OfOrder(o => o.Name!.StartsWith("ab", StringComparison.Ordinal)));
    }

    [Fact]
    public void Translate_UsesContains_ForStringContains_WithOrWithoutOrdinal()
    {
        Assert.Equal("contains(name, 'ab')", OfOrder(o => o.Name!.Contains("ab")));
        Assert.Equal("contains(ttl, 'ab')", OfOrder(o => o.Notes!.Contains("ab", StringComparison.Ordinal)));
    }

    [Fact]
    public void Translate_WritesAFunctionArgument_AsAString()
    {
        var prefix = new Prefix("2024");

        Assert.Equal("begins_with(OrderId, '2024')", OfOrder(o => o.OrderId.StartsWith(prefix.Text)));
    }

    [Fact]
    public void Translate_Throws_ForACaseInsensitiveStringFunction()
    {
        var ex = OrderFails(o => o.Name!.StartsWith("ab", StringComparison.OrdinalIgnoreCase));

        Assert.Contains("the method String.StartsWith has no DynamoDB equivalent", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_WhenAFunctionArgumentDependsOnTheEntity()
    {
        var ex = OrderFails(o => o.Name!.StartsWith(o.OrderId));

        Assert.Contains("begins_with needs a value that does not depend on the entity", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_WhenAFunctionArgumentIsNull()
    {
        string? prefix = null;

        var ex = OrderFails(o => o.Name!.Contains(prefix!));

        Assert.Contains("contains needs a non-null value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_UsesEquality_ForStringEquals_WithOrWithoutOrdinal()
    {
        Assert.Equal("name = 'x'", OfOrder(o => o.Name!.Equals("x")));
        Assert.Equal("name = 'x'", OfOrder(o => o.Name!.Equals("x", StringComparison.Ordinal)));
    }

    [Fact]
    public void Translate_UsesEquality_ForEqualsOfAnyType()
    {
        Assert.Equal("Total = 4", OfOrder(o => o.Total.Equals(4m)));
        Assert.Equal("Transfers = 2", OfWallet(w => w.Transfers.Equals(2)));
    }

    [Fact]
    public void Translate_Throws_ForAnUnknownMethod_NamingIt()
    {
        var ex = OrderFails(o => o.Tags!.Any());

        Assert.Contains("the method Enumerable.Any has no DynamoDB equivalent", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_TestsAListAttribute_WithContains()
    {
        var tag = "red";

        Assert.Equal("contains(Tags, 'red')", OfOrder(o => o.Tags!.Contains(tag)));
        Assert.Equal("contains(Labels, 'red')", OfWallet(w => Enumerable.Contains(w.Labels, tag)));
    }

    [Fact]
    public void Translate_TestsASetAttribute_WithItsElementType()
    {
        var attributes = new Dynamo.Repositories.Expressions.ExpressionAttributes();

        var text = Dynamo.Repositories.Expressions.PredicateTranslator.Translate(
            Wallets, (System.Linq.Expressions.Expression<Func<Tests.Model.Wallet, bool>>)(w => w.Lucky.Contains(7)), attributes);

        Assert.Equal("contains(#n0, :v0)", text);
        Assert.Equal("Lucky", attributes.Names["#n0"]);
        Assert.Equal("7", attributes.Values[":v0"].N);
    }

    [Fact]
    public void Translate_Throws_WhenTheTestedItemDependsOnTheEntity()
    {
        var ex = OrderFails(o => o.Tags!.Contains(o.Name!));

        Assert.Contains("the item tested must not depend on the entity", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_WhenContainsTestsAnAttributeThatIsNoCollection()
    {
        var ex = OrderFails(o => o.Name!.Contains('x'));

        Assert.Contains("name is not stored as a list or a set", ex.Message.Replace("Name", "name", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_WhenAListIsTestedForNull()
    {
        string? missing = null;

        var ex = OrderFails(o => o.Tags!.Contains(missing!));

        Assert.Contains("a collection cannot be tested for a null item", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_UsesIn_ForEveryCollectionShape()
    {
        var array = new[] { "a", "b" };
        var set = new HashSet<string>(StringComparer.Ordinal) { "a" };
        IEnumerable<string> sequence = ["a", "b"];

        Assert.Equal("name IN ('a', 'b')", OfOrder(o => array.Contains(o.Name!)));
        Assert.Equal("name IN ('a')", OfOrder(o => set.Contains(o.Name!)));
        Assert.Equal("name IN ('a', 'b')", OfOrder(o => sequence.Contains(o.Name!)));
    }

    [Fact]
    public void Translate_WritesInValues_AsThePropertyType()
    {
        var statuses = new[] { OrderStatus.Placed, OrderStatus.Cancelled };
        var points = new List<long> { 2, 3 };

        Assert.Equal("status IN ('Placed', 'Cancelled')", OfOrder(o => statuses.Contains(o.Status)));
        Assert.Equal("Version IN (2, 3)", OfOrder(o => points.Contains(o.Version)));
    }

    [Fact]
    public void Translate_IsAlwaysFalse_WhenTheCollectionIsEmpty()
    {
        var none = new List<string>();

        Assert.Equal("(attribute_exists(CustomerId) AND attribute_not_exists(CustomerId))", OfOrder(o => none.Contains(o.Name!)));
        Assert.Equal("Total > 1", OfOrder(o => none.Contains(o.Name!) || o.Total > 1));
    }

    [Fact]
    public void Translate_TakesExactlyOneHundredValues_InOneIn()
    {
        var names = Enumerable.Range(0, 100).Select(i => "n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var text = OfOrder(o => names.Contains(o.Name!));

        Assert.StartsWith("name IN ('n0', 'n1'", text, StringComparison.Ordinal);
        Assert.EndsWith("'n99')", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_WhenTheCollectionHoldsNull()
    {
        var names = new List<string?> { "a", null };

        var ex = OrderFails(o => names.Contains(o.Name));

        Assert.Contains("the collection holds null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_WhenTheCollectionIsNull()
    {
        List<string>? names = null;

        var ex = OrderFails(o => names!.Contains(o.Name!));

        Assert.Contains("the collection is null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Throws_WhenInTestsSomethingOtherThanAMember()
    {
        var names = new List<string> { "a" };

        var ex = OrderFails(o => names.Contains(o.Name + "x"));

        Assert.Contains("only mapped members of the entity can be tested", ex.Message, StringComparison.Ordinal);
    }

    private sealed record Prefix(string Text);
}
