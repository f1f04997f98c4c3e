using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Mapping;

public sealed class ScalarRoundTripTests
{
    private static EntityMetadata<Scalars> Metadata() => EntityModelBuilder.Build([new ScalarsConfiguration()]).Get<Scalars>();

    [Fact]
    public void ToItem_FromItem_RoundTripsMaxValues()
    {
        var metadata = Metadata();
        var source = new Scalars
        {
            Id = "a",
            Text = "",
            SignedByteValue = sbyte.MaxValue,
            ByteValue = byte.MaxValue,
            ShortValue = short.MaxValue,
            UShortValue = ushort.MaxValue,
            IntValue = int.MaxValue,
            UIntValue = uint.MaxValue,
            LongValue = long.MaxValue,
            ULongValue = ulong.MaxValue,
            FloatValue = float.MaxValue,
            DoubleValue = 1.2345678901234567E+125,
            DecimalValue = decimal.MaxValue,
            BoolValue = true,
            GuidValue = Guid.NewGuid(),
            DateTimeValue = DateTime.MaxValue,
            NullableInt = 5,
        };

        var item = metadata.ToItem(source);
        var back = metadata.FromItem(item);

        Assert.Equal(source.LongValue, back.LongValue);
        Assert.Equal(source.ULongValue, back.ULongValue);
        Assert.Equal(source.DecimalValue, back.DecimalValue);
        Assert.Equal(source.DoubleValue, back.DoubleValue);
        Assert.Equal(source.GuidValue, back.GuidValue);
        Assert.Equal("", back.Text);
        Assert.Equal(5, back.NullableInt);
        Assert.Null(back.NullableDouble);
        Assert.False(item.ContainsKey(nameof(Scalars.NullableDouble)));
    }
}
