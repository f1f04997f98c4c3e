using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>TimeOnly as S in the sortable, fixed-width form HH:mm:ss.fffffff.</summary>
internal sealed class TimeOnlyConverter : AttributeConverter<TimeOnly>
{
    private const string Format = "HH:mm:ss.fffffff";

    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.S;

    /// <inheritdoc/>
    public override AttributeValue Write(TimeOnly value) => new() { S = value.ToString(Format, CultureInfo.InvariantCulture) };

    /// <inheritdoc/>
    public override TimeOnly Read(AttributeValue value) =>
        TimeOnly.TryParseExact(AttributeValues.S(value, typeof(TimeOnly)), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result)
            ? result
            : throw AttributeValues.Malformed("time (HH:mm:ss.fffffff)", typeof(TimeOnly));
}
