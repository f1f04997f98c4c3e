using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>DateOnly as S in the sortable form yyyy-MM-dd.</summary>
internal sealed class DateOnlyConverter : AttributeConverter<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.S;

    /// <inheritdoc/>
    public override AttributeValue Write(DateOnly value) => new() { S = value.ToString(Format, CultureInfo.InvariantCulture) };

    /// <inheritdoc/>
    public override DateOnly Read(AttributeValue value) =>
        DateOnly.TryParseExact(AttributeValues.S(value, typeof(DateOnly)), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result)
            ? result
            : throw AttributeValues.Malformed("date (yyyy-MM-dd)", typeof(DateOnly));
}
