using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Xunit;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

public sealed class ItemSizeEstimatorTests
{
    [Fact]
    public void Estimate_CountsUtf8NamesAndStrings()
    {
        var item = new Dictionary<string, AttributeValue> { ["näme"] = new() { S = "日本" } };

        Assert.Equal(5 + 6, ItemSizeEstimator.Estimate(item));
    }

    [Theory]
    [InlineData("7", 2)]
    [InlineData("1000", 2)]
    [InlineData("123456", 4)]
    [InlineData("-0.00123", 3)]
    [InlineData("12345678901234567890", 11)]
    public void NumberSize_CountsSignificantDigits(string number, long expected) =>
        Assert.Equal(expected, ItemSizeEstimator.NumberSize(number));

    [Fact]
    public void Estimate_AddsOverheadForListsAndMaps()
    {
        var list = new AttributeValue { L = [new() { S = "ab" }, new() { BOOL = true }] };
        var map = new AttributeValue { M = new Dictionary<string, AttributeValue> { ["k"] = new() { S = "v" } } };

        Assert.Equal(3 + (2 + 1) + (1 + 1), ItemSizeEstimator.Estimate(list));
        Assert.Equal(3 + 1 + 1 + 1, ItemSizeEstimator.Estimate(map));
    }

    [Fact]
    public void Estimate_CountsBinaryBytesAndSets()
    {
        Assert.Equal(4, ItemSizeEstimator.Estimate(new AttributeValue { B = new MemoryStream(new byte[4]) }));
        Assert.Equal(5, ItemSizeEstimator.Estimate(new AttributeValue { SS = ["ab", "cde"] }));
    }

    public static TheoryData<string> Shapes() => ["ascii", "unicode", "emoji", "numbers", "binary", "sets", "nested", "empty"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Bound_IsNeverBelowTheEstimate(string shape)
    {
        var item = Item(shape);

        var bound = ItemSizeEstimator.Bound(item);
        var estimate = ItemSizeEstimator.Estimate(item);

        Assert.InRange(estimate, 0, bound);
    }

    [Fact]
    public void Exceeds_ComputesTheExactEstimate_OnlyWhenTheBoundIsOverTheLimit()
    {
        // Name "a" and 100 characters: the bound is 3 + 300 either way; exactly, 1 + 300 (three-byte) or 1 + 100 (ASCII).
        var wide = new Dictionary<string, AttributeValue> { ["a"] = new() { S = new string('日', 100) } };
        var narrow = new Dictionary<string, AttributeValue> { ["a"] = new() { S = new string('x', 100) } };

        Assert.True(ItemSizeEstimator.Exceeds(wide, 300, out var wideSize));
        Assert.Equal(301, wideSize);
        Assert.False(ItemSizeEstimator.Exceeds(narrow, 300, out var narrowSize));
        Assert.Equal(101, narrowSize);
        Assert.False(ItemSizeEstimator.Exceeds(narrow, 303, out var notComputed));
        Assert.Equal(0, notComputed);
        Assert.True(ItemSizeEstimator.Exceeds(narrow, 100, out var exact));
        Assert.Equal(101, exact);
    }

    private static Dictionary<string, AttributeValue> Item(string shape) => shape switch
    {
        "ascii" => new() { ["Name"] = new() { S = "plain text" }, ["Id"] = new() { S = "k-1" } },
        "unicode" => new() { ["näme"] = new() { S = "Grüße aus Köln, 日本語" } },
        "emoji" => new() { ["e"] = new() { S = "\U0001F600\U0001F680" } },
        "numbers" => new() { ["n"] = new() { N = "-0.000123400" }, ["m"] = new() { N = "1E+125" }, ["z"] = new() { N = "0" } },
        "binary" => new() { ["b"] = new() { B = new MemoryStream(new byte[17]) }, ["t"] = new() { BOOL = false }, ["x"] = new() { NULL = true } },
        "sets" => new() { ["ss"] = new() { SS = ["ä", "bc"] }, ["ns"] = new() { NS = ["10", "2.50"] }, ["bs"] = new() { BS = [new MemoryStream(new byte[3])] } },
        "nested" => new()
        {
            ["l"] = new() { L = [new() { S = "ü" }, new() { M = new Dictionary<string, AttributeValue> { ["ké"] = new() { N = "12" } } }] },
        },
        _ => [],
    };
}
