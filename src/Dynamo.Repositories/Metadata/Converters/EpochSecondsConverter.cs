using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>A DateTime time-to-live as N epoch seconds (DynamoDB's TTL format); sub-second parts are dropped by design of TTL.</summary>
internal sealed class EpochSecondsConverter : AttributeConverter<DateTime>
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.N;

    /// <inheritdoc/>
    public override AttributeValue Write(DateTime value) =>
        new() { N = new DateTimeOffset(DateTimeConverter.ToUtc(value)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };

    /// <inheritdoc/>
    public override DateTime Read(AttributeValue value) => ReadSeconds(value, typeof(DateTime)).UtcDateTime;

    /// <summary>Reads epoch seconds into an instant.</summary>
    public static DateTimeOffset ReadSeconds(AttributeValue value, Type target)
    {
        if (long.TryParse(AttributeValues.N(value, target), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds >= DateTimeOffset.MinValue.ToUnixTimeSeconds() && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        throw AttributeValues.DoesNotFit(target);
    }
}
