using Dynamo.Repositories.Testing.InMemory;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

/// <summary>Numbers the fake refuses or reads with an exponent and a sign.</summary>
public sealed class DynamoNumberEdgeTests
{
    [Theory]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("2Ex")]
    [InlineData(".")]
    [InlineData("-")]
    public void TryParse_ReturnsFalse_ForAMalformedExponentOrNoDigits(string text) =>
        Assert.False(DynamoNumber.TryParse(text, out _));

    [Theory]
    [InlineData("+5", "5")]
    [InlineData("-2.5e-2", "-0.025")]
    [InlineData("15E-1", "1.5")]
    public void Parse_ReadsSignsAndExponents(string text, string canonical) =>
        Assert.Equal(canonical, DynamoNumber.Parse(text).ToString());

    [Fact]
    public void Parse_ThrowsFormatException_ForANonNumber()
    {
        var error = Assert.Throws<FormatException>(() => DynamoNumber.Parse("twelve"));

        Assert.Equal("'twelve' is not a DynamoDB number.", error.Message);
    }
}
