using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>string as S; an empty string is a value.</summary>
internal sealed class StringConverter : AttributeConverter<string>
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.S;

    /// <inheritdoc/>
    public override AttributeValue Write(string value) => new() { S = value };

    /// <inheritdoc/>
    public override string Read(AttributeValue value) => ReadValue(value);

    /// <summary>Reads a string (called directly by compiled mappers; writing is inlined there).</summary>
    public static string ReadValue(AttributeValue value) => AttributeValues.S(value, typeof(string));
}
