using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>
/// TimeSpan as N holding its ticks (100 ns units): exact, culture-free, and sorted correctly by DynamoDB even for
/// negative durations, which no fixed-width text form achieves.
/// </summary>
internal sealed class TimeSpanConverter : AttributeConverter<TimeSpan>
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.N;

    /// <inheritdoc/>
    public override AttributeValue Write(TimeSpan value) => new() { N = value.Ticks.ToString(CultureInfo.InvariantCulture) };

    /// <inheritdoc/>
    public override TimeSpan Read(AttributeValue value) =>
        long.TryParse(AttributeValues.N(value, typeof(TimeSpan)), NumberStyles.Float, CultureInfo.InvariantCulture, out var ticks)
            ? new TimeSpan(ticks)
            : throw AttributeValues.DoesNotFit(typeof(TimeSpan));
}
