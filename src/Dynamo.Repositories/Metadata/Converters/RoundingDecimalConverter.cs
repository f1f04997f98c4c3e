using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>A decimal that reads a stored number with more digits than decimal holds by rounding it (opted into per property with AllowRounding).</summary>
internal sealed class RoundingDecimalConverter : AttributeConverter<decimal>
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.N;

    /// <inheritdoc/>
    public override AttributeValue Write(decimal value) => NumberConverter<decimal>.WriteValue(value);

    /// <inheritdoc/>
    public override decimal Read(AttributeValue value) => ReadText(AttributeValues.N(value, typeof(decimal)));

    /// <summary>Reads a number from its stored text, rounding it to what decimal holds.</summary>
    public static decimal ReadText(ReadOnlySpan<char> text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw AttributeValues.DoesNotFit(typeof(decimal));
}
