using Dynamo.Repositories.Testing.InMemory;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

public sealed class DynamoNumberTests
{
    [Theory]
    [InlineData("12.50", "12.5")]
    [InlineData("007", "7")]
    [InlineData("1E+3", "1000")]
    [InlineData("-0.0300", "-0.03")]
    [InlineData("0.000", "0")]
    [InlineData("12345678901234567890123456789012345678", "12345678901234567890123456789012345678")]
    public void ToString_WritesCanonicalForm_WhenParsed(string text, string canonical) =>
        Assert.Equal(canonical, DynamoNumber.Parse(text).ToString());

    [Fact]
    public void CompareTo_OrdersExactly_Beyond28Digits()
    {
        var smaller = DynamoNumber.Parse("1234567890123456789012345678901234567.1");
        var larger = DynamoNumber.Parse("1234567890123456789012345678901234567.2");

        Assert.True(smaller.CompareTo(larger) < 0);
        Assert.True(DynamoNumber.Parse("-10").CompareTo(DynamoNumber.Parse("9")) < 0);
        Assert.Equal(0, DynamoNumber.Parse("1.0").CompareTo(DynamoNumber.Parse("1")));
    }

    [Fact]
    public void Add_IsExact_WhereDoubleWouldRound()
    {
        Assert.Equal("0.3", (DynamoNumber.Parse("0.1") + DynamoNumber.Parse("0.2")).ToString());
        Assert.Equal("-1.5", (DynamoNumber.Parse("1") - DynamoNumber.Parse("2.5")).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("123456789012345678901234567890123456789")]
    public void TryParse_ReturnsFalse_WhenNotADynamoNumber(string text) =>
        Assert.False(DynamoNumber.TryParse(text, out _));
}
