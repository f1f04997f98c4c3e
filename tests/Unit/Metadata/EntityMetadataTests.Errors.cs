using Amazon.DynamoDBv2.Model;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Metadata;

public sealed partial class EntityMetadataTests
{
    private static Dictionary<string, AttributeValue> ItemWith(string attribute, AttributeValue value) => new()
    {
        [nameof(ScalarEntity.Id)] = new() { S = "k" },
        [attribute] = value,
    };

    [Theory]
    [InlineData(nameof(ScalarEntity.ByteValue), "300")]
    [InlineData(nameof(ScalarEntity.ByteValue), "-1")]
    [InlineData(nameof(ScalarEntity.SignedByteValue), "128")]
    [InlineData(nameof(ScalarEntity.ShortValue), "32768")]
    [InlineData(nameof(ScalarEntity.UShortValue), "65536")]
    [InlineData(nameof(ScalarEntity.IntValue), "2147483648")]
    [InlineData(nameof(ScalarEntity.UIntValue), "-1")]
    [InlineData(nameof(ScalarEntity.LongValue), "9223372036854775808")]
    [InlineData(nameof(ScalarEntity.ULongValue), "18446744073709551616")]
    [InlineData(nameof(ScalarEntity.IntValue), "1.5")]
    [InlineData(nameof(ScalarEntity.FloatValue), "1E+39")]
    [InlineData(nameof(ScalarEntity.DecimalValue), "1E+29")]
    [InlineData(nameof(ScalarEntity.NullableInt), "99999999999")]
    [InlineData(nameof(ScalarEntity.TimeSpanValue), "9223372036854775808")]
    public void FromItem_ThrowsNamingTheProperty_WhenNumberDoesNotFit(string property, string stored)
    {
        var error = Assert.Throws<EntityMappingException>(() => Scalars().FromItem(ItemWith(property, new AttributeValue { N = stored })));

        Assert.Equal(property, error.PropertyName);
        Assert.Equal(typeof(ScalarEntity), error.EntityType);
        Assert.Contains($"ScalarEntity.{property}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(stored, error.Message, StringComparison.Ordinal);
        Assert.IsType<OverflowException>(error.InnerException);
    }

    [Theory]
    [InlineData(nameof(ScalarEntity.GuidValue), "not-a-guid-secret")]
    [InlineData(nameof(ScalarEntity.DateTimeValue), "yesterday-secret")]
    [InlineData(nameof(ScalarEntity.DateOnlyValue), "2024-13-45-secret")]
    [InlineData(nameof(ScalarEntity.TimeOnlyValue), "25:00-secret")]
    [InlineData(nameof(ScalarEntity.Status), "Lost-secret")]
    public void FromItem_ThrowsWithoutTheValue_WhenStringIsMalformed(string property, string stored)
    {
        var error = Assert.Throws<EntityMappingException>(() => Scalars().FromItem(ItemWith(property, new AttributeValue { S = stored })));

        Assert.Equal(property, error.PropertyName);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromItem_ThrowsNamingTheType_WhenAttributeHasAnotherDynamoType()
    {
        var error = Assert.Throws<EntityMappingException>(() => Scalars().FromItem(ItemWith(nameof(ScalarEntity.IntValue), new AttributeValue { S = "12" })));

        Assert.Equal(nameof(ScalarEntity.IntValue), error.PropertyName);
        Assert.Contains("type N", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromItem_ThrowsWithNestedPath_WhenNestedValueDoesNotFit()
    {
        var item = new Dictionary<string, AttributeValue>
        {
            [nameof(RichEntity.Id)] = new() { S = "k" },
            [nameof(RichEntity.Home)] = new() { M = new() { [nameof(Address.Number)] = new() { N = "1E+20" } } },
        };

        var error = Assert.Throws<EntityMappingException>(() => Rich().FromItem(item));

        Assert.Equal("Home.Number", error.PropertyName);
        Assert.Equal(typeof(RichEntity), error.EntityType);
        Assert.Contains("RichEntity.Home.Number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToItem_Throws_WhenSetHoldsNull()
    {
        var entity = new RichEntity { Id = "k", Tags = ["a", null!] };

        var error = Assert.Throws<EntityMappingException>(() => Rich().ToItem(entity));

        Assert.Equal(nameof(RichEntity.Tags), error.PropertyName);
        Assert.Contains("null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToItem_AndFromItem_ThrowArgumentNull_WhenGivenNull()
    {
        var metadata = Scalars();

        Assert.Throws<ArgumentNullException>(() => metadata.ToItem(null!));
        Assert.Throws<ArgumentNullException>(() => metadata.FromItem(null!));
    }
}
