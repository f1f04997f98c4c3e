using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>Guid as S in the "D" form (lower-case, hyphens).</summary>
internal sealed class GuidConverter : AttributeConverter<Guid>
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.S;

    /// <inheritdoc/>
    public override AttributeValue Write(Guid value) => WriteValue(value);

    /// <inheritdoc/>
    public override Guid Read(AttributeValue value) => ReadValue(value);

    /// <summary>Writes a Guid (called directly by compiled mappers).</summary>
    public static AttributeValue WriteValue(Guid value) => new() { S = value.ToString("D", CultureInfo.InvariantCulture) };

    /// <summary>Reads a Guid (called directly by compiled mappers).</summary>
    public static Guid ReadValue(AttributeValue value) => ReadText(AttributeValues.S(value, typeof(Guid)));

    /// <summary>Reads a Guid from its stored text.</summary>
    public static Guid ReadText(ReadOnlySpan<char> text) =>
        Guid.TryParse(text, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw AttributeValues.Malformed("GUID", typeof(Guid));
}
