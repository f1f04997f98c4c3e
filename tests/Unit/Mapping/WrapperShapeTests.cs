using System.ComponentModel;
using System.Globalization;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Mapping;

/// <summary>The less common single-value wrappers: a public field, a static Parse, a TypeConverter as the only way back, and shapes that are not wrappers.</summary>
public sealed class WrapperShapeTests
{
    [Fact]
    public void ToItem_StoresWrappersByTheirValue_AndFromItemBuildsThemBack()
    {
        var metadata = Map<Reading>(b => b.HasPartitionKey(x => x.Id));
        var reading = new Reading { Id = "r1", Code = SensorCode.Parse("t-7"), Temperature = new Kelvin(300.5, validated: true), Tags = new TagBag { Items = ["a"] } };

        var item = metadata.ToItem(reading);
        var back = metadata.FromItem(item);

        Assert.Equal(("T-7", "300.5"), (item["Code"].S, item["Temperature"].N));
        Assert.Equal(["a"], item["Tags"].M["Items"].L.Select(v => v.S));
        Assert.Equal(("T-7", 300.5), (back.Code!.Value, back.Temperature!.Degrees));
        Assert.Equal(["a"], back.Tags!.Items);
    }

    [Fact]
    public void Property_ByName_Throws_WhenTheTypeIsNotTheMembersType()
    {
        var error = Assert.Throws<EntityConfigurationException>(() => Map<Reading>(b => b.HasPartitionKey(x => x.Id).Property<int>("Id")));

        Assert.Equal("Reading.Id is a String, not a Int32. Use Property<String>(\"Id\").", error.Message);
    }

    [Fact]
    public void HasPartitionKey_Throws_WhenTheExpressionDoesNotSelectAMemberDirectly()
    {
        var error = Assert.Throws<EntityConfigurationException>(() => Map<Reading>(b => b.HasPartitionKey(x => x.Id.Trim())));

        Assert.StartsWith("Reading: 'x => x.Id.Trim()' must select a property of Reading directly, e.g. x => x.Id.", error.Message, StringComparison.Ordinal);
    }

    private static EntityMetadata<T> Map<T>(Action<DynamoEntityBuilder<T>> configure)
        where T : class => EntityModelBuilder.Build([new Configuration<T>(configure)]).Get<T>();

    public sealed class Reading
    {
        public string Id { get; set; } = "";

        public SensorCode? Code { get; set; }

        public Kelvin? Temperature { get; set; }

        public TagBag? Tags { get; set; }
    }

    /// <summary>A wrapper with a public field and a static Parse.</summary>
    public sealed class SensorCode
    {
#pragma warning disable CA1051, SA1401 // A public field is the shape under test.
        public readonly string Value;
#pragma warning restore CA1051, SA1401

        private SensorCode(string value, int version) => (Value, _) = (value, version);

        public static SensorCode Parse(string value) => new(value.ToUpperInvariant(), 1);
    }

    /// <summary>A wrapper whose only way back is its TypeConverter (no factory, no constructor taking the value alone).</summary>
    [TypeConverter(typeof(KelvinConverter))]
    public sealed class Kelvin(double degrees, bool validated)
    {
        public double Degrees { get; } = validated ? degrees : Math.Max(0, degrees);
    }

    public sealed class KelvinConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(double);

        public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) => new Kelvin((double)value, validated: false);
    }

    /// <summary>One member, but not a scalar: a nested class stored as a map, not a wrapper.</summary>
    public sealed class TagBag
    {
        public List<string> Items { get; set; } = [];
    }
}
