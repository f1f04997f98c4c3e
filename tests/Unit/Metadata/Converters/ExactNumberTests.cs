using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.UnitTests.Mapping;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Metadata.Converters;

public sealed class ExactNumberTests
{
    private static EntityMetadata<Priced> Map(bool allowRounding = false) =>
        EntityModelBuilder.Build([new Configuration<Priced>(b =>
        {
            b.HasPartitionKey(x => x.Id);
            if (allowRounding)
            {
                b.Property(x => x.Rounded).AllowRounding();
                b.Property(x => x.Price).AllowRounding();
            }
        })]).Get<Priced>();

    private static Dictionary<string, AttributeValue> Stored(string attribute, string number) =>
        new() { ["Id"] = new() { S = "p-1" }, [attribute] = new() { N = number } };

    [Theory]
    [InlineData("0.12345678901234567890123456789012345678")]
    [InlineData("123456789012345678901234567.891")]
    [InlineData("1E-29")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("1.0000000000000000000000000000001")]
    public void FromItem_Throws_NamingTheProperty_WhenADecimalWouldRound(string number)
    {
        var error = Assert.Throws<EntityMappingException>(() => Map().FromItem(Stored("Price", number)));

        Assert.Equal(nameof(Priced.Price), error.PropertyName);
        Assert.Contains("Priced.Price", error.Message, StringComparison.Ordinal);
        Assert.Contains("AllowRounding()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromItem_Rounds_WhenThePropertyAllowsIt()
    {
        var back = Map(allowRounding: true).FromItem(Stored("Price", "0.12345678901234567890123456789012345678"));

        Assert.Equal(0.1234567890123456789012345679m, back.Price);
    }

    [Fact]
    public void FromItem_RoundsANullableDecimal_WhenThePropertyAllowsIt()
    {
        var back = Map(allowRounding: true).FromItem(Stored("Rounded", "1E-29"));

        Assert.Equal(0m, back.Rounded);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("7.9228162514264337593543950335")]
    [InlineData("1.5")]
    [InlineData("1E+28")]
    [InlineData("0")]
    public void ToItem_FromItem_KeepEveryDecimalExactly(string text)
    {
        var metadata = Map();
        var value = decimal.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

        var item = metadata.ToItem(new Priced { Id = "p-1", Price = value });

        Assert.Equal(value, metadata.FromItem(item).Price);
        Assert.Equal(value, metadata.FromItem(Stored("Price", text)).Price);
    }

    [Fact]
    public void Build_Throws_WhenANonDecimalAllowsRounding()
    {
        var error = Assert.Throws<EntityConfigurationException>(() => EntityModelBuilder.Build([new Configuration<Priced>(b =>
        {
            b.HasPartitionKey(x => x.Id);
            b.Property(x => x.Id).AllowRounding();
        })]));

        Assert.Equal(nameof(Priced.Id), error.PropertyName);
        Assert.Contains("only decimal properties round", error.Message, StringComparison.Ordinal);
    }

    public sealed class Priced
    {
        public string Id { get; set; } = "";

        public decimal Price { get; set; }

        public decimal? Rounded { get; set; }
    }
}
