using System.Text;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Items;

/// <summary>The canonical text of values in request signatures: every type, unambiguous, maps in key order.</summary>
public sealed class AttributeValueTextTests
{
    [Fact]
    public void Append_WritesEveryTypeWithItsTag()
    {
        Assert.Equal("S2:ab", Text(new() { S = "ab" }));
        Assert.Equal("N3:1.5", Text(new() { N = "1.5" }));
        Assert.Equal("B4:AQID", Text(new() { B = new MemoryStream([1, 2, 3]) }));
        Assert.Equal("T", Text(new() { BOOL = true }));
        Assert.Equal("F", Text(new() { BOOL = false }));
        Assert.Equal("0", Text(new() { NULL = true }));
        Assert.Equal("SS[1:a2:bc]", Text(new() { SS = ["a", "bc"] }));
        Assert.Equal("NS[1:12:20]", Text(new() { NS = ["1", "20"] }));
        Assert.Equal("BS[4:AQ==]", Text(new() { BS = [new MemoryStream([1])] }));
        Assert.Equal("L[S1:x,N1:1,]", Text(new() { L = [new() { S = "x" }, new() { N = "1" }] }));
        Assert.Equal("M{1:aN1:1,1:bS1:y,}", Text(new() { M = new() { ["b"] = new() { S = "y" }, ["a"] = new() { N = "1" } } }));
        Assert.Equal("?", Text(new()));
    }

    [Fact]
    public void Append_TellsApartValuesThatConcatenateAlike()
    {
        Assert.NotEqual(Text(new() { SS = ["ab", "c"] }), Text(new() { SS = ["a", "bc"] }));
        Assert.NotEqual(Text(new() { S = "1" }), Text(new() { N = "1" }));
        Assert.NotEqual(Text(new() { SS = ["1"] }), Text(new() { NS = ["1"] }));
        Assert.NotEqual(Text(new() { L = [new() { S = "a" }] }), Text(new() { SS = ["a"] }));
    }

    [Fact]
    public void Append_WritesAMapTheSameWay_WhateverItsInsertionOrder()
    {
        var first = new AttributeValue { M = new() { ["a"] = new() { N = "1" }, ["b"] = new() { N = "2" } } };
        var second = new AttributeValue { M = new() { ["b"] = new() { N = "2" }, ["a"] = new() { N = "1" } } };

        Assert.Equal(Text(first), Text(second));
    }

    private static string Text(AttributeValue value)
    {
        var text = new StringBuilder();
        AttributeValueText.Append(text, value);
        return text.ToString();
    }
}
