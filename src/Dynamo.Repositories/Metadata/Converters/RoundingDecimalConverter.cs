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
    public override decimal Read(AttributeValue value) =>
        decimal.TryParse(AttributeValues.N(value, typeof(decimal)), NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw AttributeValues.DoesNotFit(typeof(decimal));
}
