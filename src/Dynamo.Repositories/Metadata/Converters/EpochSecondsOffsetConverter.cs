using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>A DateTimeOffset time-to-live as N epoch seconds; values read back have offset zero.</summary>
internal sealed class EpochSecondsOffsetConverter : AttributeConverter<DateTimeOffset>
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.N;

    /// <inheritdoc/>
    public override AttributeValue Write(DateTimeOffset value) => new() { N = value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };

    /// <inheritdoc/>
    public override DateTimeOffset Read(AttributeValue value) => EpochSecondsConverter.ReadSeconds(value, typeof(DateTimeOffset));
}
