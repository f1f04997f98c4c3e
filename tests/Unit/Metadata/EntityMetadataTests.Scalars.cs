using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Metadata;

public sealed partial class EntityMetadataTests
{
    public static TheoryData<string> Cultures => ["de-DE", "ar-SA", "tr-TR", "fr-FR"];

    private static EntityMetadata<ScalarEntity> Scalars() => EntityModelBuilder.Build([new ScalarEntityConfiguration()]).Get<ScalarEntity>();

    private static ScalarEntity RoundTrip(EntityMetadata<ScalarEntity> metadata, ScalarEntity source) => metadata.FromItem(metadata.ToItem(source));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ToItem_FromItem_RoundTripsMaximumValues_WhenCultureIsNotEnglish(string culture)
    {
        using var scope = new CultureScope(culture);
        var faker = new Faker { Random = new Randomizer(4711) };
        var source = new ScalarEntity
        {
            Id = faker.Random.AlphaNumeric(12),
            Text = faker.Lorem.Sentence(),
            SignedByteValue = sbyte.MaxValue,
            ByteValue = byte.MaxValue,
            ShortValue = short.MaxValue,
            UShortValue = ushort.MaxValue,
            IntValue = int.MaxValue,
            UIntValue = uint.MaxValue,
            LongValue = long.MaxValue,
            ULongValue = ulong.MaxValue,
            FloatValue = float.MaxValue,
            DoubleValue = 9.99999999999999E+125,
            DecimalValue = decimal.MaxValue,
            BoolValue = true,
            GuidValue = faker.Random.Guid(),
            DateTimeValue = DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc),
            DateTimeOffsetValue = DateTimeOffset.MaxValue,
            DateOnlyValue = DateOnly.MaxValue,
            TimeOnlyValue = TimeOnly.MaxValue,
            TimeSpanValue = TimeSpan.MaxValue,
            Status = Status.Cancelled,
            Permissions = Permissions.Read | Permissions.Write,
            Bytes = faker.Random.Bytes(32),
        };

        var back = RoundTrip(Scalars(), source);

        Assert.Equivalent(source, back, strict: true);
        Assert.Equal(DateTimeKind.Utc, back.DateTimeValue.Kind);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ToItem_FromItem_RoundTripsMinimumValues_WhenCultureIsNotEnglish(string culture)
    {
        using var scope = new CultureScope(culture);
        var source = new ScalarEntity
        {
            Id = "min",
            Text = "",
            SignedByteValue = sbyte.MinValue,
            ByteValue = byte.MinValue,
            ShortValue = short.MinValue,
            UShortValue = ushort.MinValue,
            IntValue = int.MinValue,
            UIntValue = uint.MinValue,
            LongValue = long.MinValue,
            ULongValue = ulong.MinValue,
            FloatValue = float.MinValue,
            DoubleValue = -9.99999999999999E+125,
            DecimalValue = decimal.MinValue,
            BoolValue = false,
            GuidValue = Guid.Empty,
            DateTimeValue = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc),
            DateTimeOffsetValue = DateTimeOffset.MinValue,
            DateOnlyValue = DateOnly.MinValue,
            TimeOnlyValue = TimeOnly.MinValue,
            TimeSpanValue = TimeSpan.MinValue,
            Status = Status.Pending,
            Permissions = Permissions.None,
            Bytes = [],
        };

        var back = RoundTrip(Scalars(), source);

        Assert.Equivalent(source, back, strict: true);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ToItem_WritesInvariantSortableForms_WhenCultureIsNotEnglish(string culture)
    {
        using var scope = new CultureScope(culture);
        var source = new ScalarEntity
        {
            Id = "forms",
            DoubleValue = 1234.5,
            FloatValue = 0.1f,
            DecimalValue = -1234567.891m,
            IntValue = -1000000,
            DateTimeValue = new DateTime(2024, 5, 1, 9, 30, 15, 123, DateTimeKind.Utc),
            DateTimeOffsetValue = new DateTimeOffset(2024, 5, 1, 11, 30, 15, TimeSpan.FromHours(2)),
            DateOnlyValue = new DateOnly(2024, 2, 29),
            TimeOnlyValue = new TimeOnly(23, 5, 7, 250),
            TimeSpanValue = TimeSpan.FromSeconds(-1.5),
            Status = Status.Shipped,
            Permissions = Permissions.Read | Permissions.Write,
            GuidValue = new Guid("6f9619ff-8b86-d011-b42d-00cf4fc964ff"),
        };

        var item = Scalars().ToItem(source);

        Assert.Equal("1234.5", item[nameof(ScalarEntity.DoubleValue)].N);
        Assert.Equal("0.1", item[nameof(ScalarEntity.FloatValue)].N);
        Assert.Equal("-1234567.891", item[nameof(ScalarEntity.DecimalValue)].N);
        Assert.Equal("-1000000", item[nameof(ScalarEntity.IntValue)].N);
        Assert.Equal("2024-05-01T09:30:15.1230000Z", item[nameof(ScalarEntity.DateTimeValue)].S);
        Assert.Equal("2024-05-01T09:30:15.0000000Z", item[nameof(ScalarEntity.DateTimeOffsetValue)].S);
        Assert.Equal("2024-02-29", item[nameof(ScalarEntity.DateOnlyValue)].S);
        Assert.Equal("23:05:07.2500000", item[nameof(ScalarEntity.TimeOnlyValue)].S);
        Assert.Equal("-15000000", item[nameof(ScalarEntity.TimeSpanValue)].N);
        Assert.Equal("Shipped", item[nameof(ScalarEntity.Status)].S);
        Assert.Equal("Read, Write", item[nameof(ScalarEntity.Permissions)].S);
        Assert.Equal("6f9619ff-8b86-d011-b42d-00cf4fc964ff", item[nameof(ScalarEntity.GuidValue)].S);
        Assert.True(item[nameof(ScalarEntity.BoolValue)].BOOL is false);
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("1.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-0.0000000000000000000000000001")]
    [InlineData("3.1415926535897932384626433833")]
    public void ToItem_FromItem_KeepsFullDecimalPrecision(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var metadata = Scalars();

        var item = metadata.ToItem(new ScalarEntity { Id = "d", DecimalValue = value, NullableDecimal = value });
        var back = metadata.FromItem(item);

        Assert.Equal(text, item[nameof(ScalarEntity.DecimalValue)].N);
        Assert.Equal(value, back.DecimalValue);
        Assert.Equal(value, back.NullableDecimal);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0 / 3.0)]
    [InlineData(-2.2250738585072014E-130 * 1E+10)]
    [InlineData(1E-130)]
    [InlineData(123456789.123456789)]
    public void ToItem_FromItem_RoundTripsDoublesExactly(double value)
    {
        using var scope = new CultureScope("de-DE");
        var metadata = Scalars();

        var back = RoundTrip(metadata, new ScalarEntity { Id = "x", DoubleValue = value, NullableDouble = value });

        Assert.Equal(value, back.DoubleValue);
        Assert.Equal(value, back.NullableDouble);
    }

    [Theory]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ToItem_Throws_WhenDoubleCannotBeStoredByDynamoDb(double value)
    {
        var error = Assert.Throws<EntityMappingException>(() => Scalars().ToItem(new ScalarEntity { Id = "x", DoubleValue = value }));

        Assert.Equal(nameof(ScalarEntity.DoubleValue), error.PropertyName);
        Assert.Equal(typeof(ScalarEntity), error.EntityType);
        Assert.Contains("ScalarEntity.DoubleValue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToItem_ConvertsLocalToUtc_AndTreatsUnspecifiedAsUtc()
    {
        var metadata = Scalars();
        var local = new DateTime(2024, 1, 15, 12, 0, 0, DateTimeKind.Local);
        var unspecified = new DateTime(2024, 1, 15, 12, 0, 0, DateTimeKind.Unspecified);

        var fromLocal = metadata.FromItem(metadata.ToItem(new ScalarEntity { Id = "l", DateTimeValue = local }));
        var fromUnspecified = metadata.FromItem(metadata.ToItem(new ScalarEntity { Id = "u", DateTimeValue = unspecified }));

        Assert.Equal(local.ToUniversalTime(), fromLocal.DateTimeValue);
        Assert.Equal(DateTimeKind.Utc, fromLocal.DateTimeValue.Kind);
        Assert.Equal(new DateTime(2024, 1, 15, 12, 0, 0, DateTimeKind.Utc), fromUnspecified.DateTimeValue);
        Assert.Equal(DateTimeKind.Utc, fromUnspecified.DateTimeValue.Kind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(330)]
    [InlineData(-480)]
    [InlineData(840)]
    public void ToItem_FromItem_KeepsDateTimeOffsetInstant_WithAnyOffset(int offsetMinutes)
    {
        var source = new DateTimeOffset(2023, 12, 31, 23, 59, 59, 999, TimeSpan.FromMinutes(offsetMinutes)).AddTicks(1234);
        var metadata = Scalars();

        var back = RoundTrip(metadata, new ScalarEntity { Id = "o", DateTimeOffsetValue = source, NullableDateTimeOffset = source });

        Assert.Equal(source.UtcTicks, back.DateTimeOffsetValue.UtcTicks);
        Assert.Equal(TimeSpan.Zero, back.DateTimeOffsetValue.Offset);
        Assert.Equal(source, back.NullableDateTimeOffset);
    }

    [Fact]
    public void ToItem_FromItem_RoundTripsNullableValues_AndOmitsNulls()
    {
        var metadata = Scalars();
        var filled = new ScalarEntity
        {
            Id = "n",
            NullableInt = -7,
            NullableDouble = 2.5,
            NullableDecimal = 0.001m,
            NullableBool = false,
            NullableGuid = Guid.Parse("0d2f8e0c-4b8d-4c9a-9a55-2f8d3b7a1c11"),
            NullableDateTime = new DateTime(2020, 2, 2, 0, 0, 0, DateTimeKind.Utc),
            NullableDateTimeOffset = new DateTimeOffset(2020, 2, 2, 0, 0, 0, TimeSpan.Zero),
            NullableDateOnly = new DateOnly(2020, 2, 2),
            NullableTimeOnly = new TimeOnly(2, 2),
            NullableTimeSpan = TimeSpan.FromDays(2),
            NullableStatus = Status.Shipped,
        };

        var filledBack = RoundTrip(metadata, filled);
        var emptyItem = metadata.ToItem(new ScalarEntity { Id = "e" });

        Assert.Equivalent(filled, filledBack, strict: true);
        Assert.DoesNotContain(emptyItem.Keys, k => k.StartsWith("Nullable", StringComparison.Ordinal));
        Assert.DoesNotContain(nameof(ScalarEntity.Text), emptyItem.Keys);
        Assert.DoesNotContain(nameof(ScalarEntity.Bytes), emptyItem.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Ünïcödé – 日本語 – العربية – İıŞş – 🦆🚀")]
    [InlineData("line\nbreak\ttab\0nul")]
    public void ToItem_FromItem_RoundTripsStrings_IncludingEmptyAndUnicode(string text)
    {
        using var scope = new CultureScope("tr-TR");
        var metadata = Scalars();

        var item = metadata.ToItem(new ScalarEntity { Id = "s", Text = text });
        var back = metadata.FromItem(item);

        Assert.Equal(text, item[nameof(ScalarEntity.Text)].S);
        Assert.Equal(text, back.Text);
    }

    [Fact]
    public void FromItem_ReadsNullAttributeAsNull_AndIgnoresUnknownAttributes()
    {
        var item = new Dictionary<string, AttributeValue>
        {
            [nameof(ScalarEntity.Id)] = new() { S = "k" },
            [nameof(ScalarEntity.Text)] = new() { NULL = true },
            [nameof(ScalarEntity.NullableInt)] = new() { NULL = true },
            ["writtenByAnotherService"] = new() { N = "99999999999999999999999999" },
        };

        var back = Scalars().FromItem(item);

        Assert.Equal("k", back.Id);
        Assert.Null(back.Text);
        Assert.Null(back.NullableInt);
    }

    [Fact]
    public void FromItem_ReadsLenientIsoDates_AsUtc()
    {
        var item = new Dictionary<string, AttributeValue>
        {
            [nameof(ScalarEntity.Id)] = new() { S = "k" },
            [nameof(ScalarEntity.DateTimeValue)] = new() { S = "2024-03-04T05:06:07+02:00" },
            [nameof(ScalarEntity.NullableDateTime)] = new() { S = "2024-03-04" },
        };

        var back = Scalars().FromItem(item);

        Assert.Equal(new DateTime(2024, 3, 4, 3, 6, 7, DateTimeKind.Utc), back.DateTimeValue);
        Assert.Equal(DateTimeKind.Utc, back.DateTimeValue.Kind);
        Assert.Equal(new DateTime(2024, 3, 4, 0, 0, 0, DateTimeKind.Utc), back.NullableDateTime);
    }

    [Theory]
    [InlineData("2024-03-04T05:06:07.1234567Z", 2024, 3, 4, 5, 6, 7, 1234567)]
    [InlineData("2024-03-04T05:06:07Z", 2024, 3, 4, 5, 6, 7, 0)]
    [InlineData("2024-03-04T05:06:07.5Z", 2024, 3, 4, 5, 6, 7, 5000000)]
    [InlineData("2024-03-04T05:06:07.1234567+01:00", 2024, 3, 4, 4, 6, 7, 1234567)]
    public void FromItem_ReadsStoredAndOtherIsoForms_ToTheExactUtcInstant(string stored, int year, int month, int day, int hour, int minute, int second, int ticks)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            [nameof(ScalarEntity.Id)] = new() { S = "k" },
            [nameof(ScalarEntity.DateTimeValue)] = new() { S = stored },
        };

        var back = Scalars().FromItem(item);

        Assert.Equal(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks), back.DateTimeValue);
        Assert.Equal(DateTimeKind.Utc, back.DateTimeValue.Kind);
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-42", -42)]
    [InlineData("42.0", 42)]
    [InlineData("4.2E+1", 42)]
    [InlineData("4200E-2", 42)]
    public void FromItem_ReadsWholeNumbersInAnySpelling_IntoIntegers(string stored, int expected)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            [nameof(ScalarEntity.Id)] = new() { S = "k" },
            [nameof(ScalarEntity.IntValue)] = new() { N = stored },
            [nameof(ScalarEntity.LongValue)] = new() { N = stored },
        };

        var back = Scalars().FromItem(item);

        Assert.Equal((expected, (long)expected), (back.IntValue, back.LongValue));
    }
}
