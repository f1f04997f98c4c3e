using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitOfWork;
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
}
