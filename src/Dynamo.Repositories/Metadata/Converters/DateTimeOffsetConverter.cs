using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>
/// DateTimeOffset as S in UTC ISO-8601 (the same sortable form as DateTime). The instant is kept; the original offset
/// is not, so values read back have offset zero and compare equal to the written ones.
/// </summary>
internal sealed class DateTimeOffsetConverter : AttributeConverter<DateTimeOffset>
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.S;

    /// <inheritdoc/>
    public override AttributeValue Write(DateTimeOffset value) => new() { S = DateTimeConverter.Format(value.UtcDateTime) };

    /// <inheritdoc/>
    public override DateTimeOffset Read(AttributeValue value) => ReadText(AttributeValues.S(value, typeof(DateTimeOffset)));

    /// <summary>Reads a DateTimeOffset from its stored text (offset zero).</summary>
    public static DateTimeOffset ReadText(ReadOnlySpan<char> text) => new(DateTimeConverter.Parse(text), TimeSpan.Zero);
}
