using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>
/// DateTime as S in UTC ISO-8601 with seven fractional digits and a "Z" (e.g. 2024-05-01T09:30:00.0000000Z), so
/// stored values sort as they compare. Kind handling: Utc is stored as is; Local is converted to UTC; Unspecified is
/// taken to be UTC already (no shift). Values read back have Kind Utc.
/// </summary>
internal sealed class DateTimeConverter : AttributeConverter<DateTime>
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.S;

    /// <inheritdoc/>
    public override AttributeValue Write(DateTime value) => WriteValue(value);

    /// <inheritdoc/>
    public override DateTime Read(AttributeValue value) => ReadValue(value);

    /// <summary>Writes a DateTime (called directly by compiled mappers).</summary>
    public static AttributeValue WriteValue(DateTime value) => new() { S = Format(value) };

    /// <summary>Reads a DateTime (called directly by compiled mappers).</summary>
    public static DateTime ReadValue(AttributeValue value) => Parse(AttributeValues.S(value, typeof(DateTime)));

    /// <summary>Reads a DateTime from its stored text.</summary>
    public static DateTime ReadText(ReadOnlySpan<char> text) => Parse(text);

    /// <summary>Converts a DateTime to UTC following the documented Kind rules.</summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    /// <summary>Formats a DateTime as sortable UTC ISO-8601.</summary>
    public static string Format(DateTime value) => ToUtc(value).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Parses the stored form (and, leniently, any ISO-8601 form, assumed UTC without an offset) into a UTC DateTime.</summary>
    public static DateTime Parse(ReadOnlySpan<char> text)
    {
        // The stored form ("O" of a UTC value, ending in Z) takes the runtime's fast round-trip parser; with an explicit
        // Z the instant is exact, so no style is needed. Anything else takes the lenient path below.
        if (text.Length > 0 && text[^1] == 'Z'
            && DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var stored))
        {
            return stored.UtcDateTime;
        }

        if (DateTime.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var result)
            || DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out result))
        {
            return DateTime.SpecifyKind(result, DateTimeKind.Utc);
        }

        throw AttributeValues.Malformed("ISO-8601 date and time", typeof(DateTime));
    }
}
