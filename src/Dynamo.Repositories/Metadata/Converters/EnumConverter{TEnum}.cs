using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>Enums as S holding the member name (flags as "A, B"), so that reordering members never changes stored data.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class EnumConverter<TEnum> : AttributeConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.S;

    /// <inheritdoc/>
    public override AttributeValue Write(TEnum value) => WriteValue(value);

    /// <inheritdoc/>
    public override TEnum Read(AttributeValue value) => ReadValue(value);

    /// <summary>Writes an enum (called directly by compiled mappers).</summary>
    public static AttributeValue WriteValue(TEnum value) => new() { S = value.ToString() };

    /// <summary>Reads an enum (called directly by compiled mappers).</summary>
    public static TEnum ReadValue(AttributeValue value) => ReadText(AttributeValues.S(value, typeof(TEnum)));

    /// <summary>Reads an enum from its stored member name.</summary>
    public static TEnum ReadText(ReadOnlySpan<char> text) =>
        Enum.TryParse<TEnum>(text, ignoreCase: false, out var result)
            ? result
            : throw AttributeValues.Malformed("member name", typeof(TEnum));
}
