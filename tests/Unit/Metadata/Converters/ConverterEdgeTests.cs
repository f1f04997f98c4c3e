using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Metadata.Converters;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Metadata.Converters;

/// <summary>The built-in converters at their edges: stored attributes of another type, nulls in sets, key types, numbers that do not fit.</summary>
public sealed class ConverterEdgeTests
{
    [Fact]
    public void SetOfStrings_WritesAnySetOfStrings_AndRefusesANullElement()
    {
        var converter = new SetConverter<ISet<string>, string>(new StringConverter());

        Assert.Equal(["a", "b"], converter.Write(new SortedSet<string>(StringComparer.Ordinal) { "b", "a" })!.SS);
        var error = Assert.Throws<ArgumentException>(() => converter.Write(new SortedSet<string>(StringComparer.Ordinal) { "a", null! }));
        Assert.StartsWith("A set of String cannot hold null: DynamoDB sets hold values only.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => converter.Write(new HashSet<string>(StringComparer.Ordinal) { null! }));
    }

    [Fact]
    public void Sets_ThrowNamingTheExpectedType_WhenTheStoredAttributeIsOfAnotherType()
    {
        var stored = new AttributeValue { S = "1" };

        Assert.Equal("The stored attribute is not of DynamoDB type SS, which ISet`1 requires.", Assert.Throws<FormatException>(() => new SetConverter<ISet<string>, string>(new StringConverter()).Read(stored)).Message);
        Assert.Contains("type NS", Assert.Throws<FormatException>(() => new SetConverter<HashSet<int>, int>(new NumberConverter<int>()).Read(stored)).Message, StringComparison.Ordinal);
        Assert.Contains("type BS", Assert.Throws<FormatException>(() => new SetConverter<HashSet<byte[]>, byte[]>(new ByteArrayConverter()).Read(stored)).Message, StringComparison.Ordinal);
        Assert.Contains("type S,", Assert.Throws<FormatException>(() => new SetConverter<HashSet<string>, string>(new StringConverter()).Read(new AttributeValue { SS = [null!] })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_RefusesAnElementTypeWithoutAScalarDynamoDbType()
    {
        var error = Assert.Throws<ArgumentException>(() => new SetConverter<HashSet<bool>, bool>(new BooleanConverter()));

        Assert.StartsWith("Boolean cannot be a set element: it has no scalar DynamoDB type.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetOfGuids_ReadsAndWritesStrings()
    {
        var converter = new SetConverter<HashSet<Guid>, Guid>(new GuidConverter());
        var id = Guid.Parse("0190a1b2-0000-7000-8000-000000000001");

        var written = converter.Write([id])!;

        Assert.Equal([id.ToString()], written.SS);
        Assert.Equal([id], converter.Read(written));
    }

    [Fact]
    public void ListsDictionariesAndScalars_ThrowNamingTheExpectedType()
    {
        var stored = new AttributeValue { S = "x" };

        Assert.Contains("type L,", Assert.Throws<FormatException>(() => new ListConverter<List<int>, int>(new NumberConverter<int>()).Read(stored)).Message, StringComparison.Ordinal);
        Assert.Contains("type M,", Assert.Throws<FormatException>(() => new DictionaryConverter<Dictionary<string, int>, int>(new NumberConverter<int>()).Read(stored)).Message, StringComparison.Ordinal);
        Assert.Contains("type BOOL,", Assert.Throws<FormatException>(() => new BooleanConverter().Read(stored)).Message, StringComparison.Ordinal);
        Assert.Contains("type B,", Assert.Throws<FormatException>(() => new ByteArrayConverter().Read(stored)).Message, StringComparison.Ordinal);
        Assert.Contains("type S,", Assert.Throws<FormatException>(() => new StringConverter().Read(new AttributeValue { N = "1" })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Boolean_ReadsWhatItWrites() =>
        Assert.True(new BooleanConverter().Read(new BooleanConverter().Write(true)));

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999999999")]
    public void EpochSeconds_ThrowsDoesNotFit_ForAStoredNumberThatIsNotAnInstant(string stored)
    {
        var error = Assert.Throws<OverflowException>(() => new EpochSecondsConverter().Read(new AttributeValue { N = stored }));

        Assert.Equal("The stored number is not a number or does not fit DateTime (no truncation is done).", error.Message);
    }

    [Fact]
    public void RoundingDecimal_WritesLikeADecimal_AndRefusesANonNumber()
    {
        var converter = new RoundingDecimalConverter();

        Assert.Equal("12.5", converter.Write(12.5m).N);
        Assert.Equal(1.2345678901234567890123456789m, converter.Read(new AttributeValue { N = "1.23456789012345678901234567890123" }));
        Assert.Throws<OverflowException>(() => converter.Read(new AttributeValue { N = "1e400" }));
    }

    [Fact]
    public void KeyTypes_AreTheScalarTypesTheValuesAreStoredAs()
    {
        Assert.Equal(
            [ScalarAttributeType.S, ScalarAttributeType.S, ScalarAttributeType.N, ScalarAttributeType.N, ScalarAttributeType.N, ScalarAttributeType.N],
            new IAttributeConverter[] { new DateOnlyConverter(), new TimeOnlyConverter(), new TimeSpanConverter(), new EpochSecondsConverter(), new RoundingDecimalConverter(), new NullableConverter<int>(new NumberConverter<int>()) }
                .Select(c => c.KeyType));
        Assert.Null(new BooleanConverter().KeyType);
    }

    [Fact]
    public void UntypedReadAndWrite_MapNullAndTheNullAttribute_ToNull()
    {
        IAttributeConverter converter = new StringConverter();
        IAttributeConverter nullable = new NullableConverter<int>(new NumberConverter<int>());

        Assert.Null(converter.Write(null));
        Assert.Null(converter.Read(new AttributeValue { NULL = true }));
        Assert.Equal("x", converter.Read(new AttributeValue { S = "x" }));
        Assert.Throws<ArgumentNullException>(() => converter.Read(null!));
        Assert.Null(new NullableConverter<int>(new NumberConverter<int>()).Write(null));
        Assert.Equal("3", nullable.Write(3)!.N);
        Assert.Null(new StringConverter().ValueWhenMissing());
    }
}
