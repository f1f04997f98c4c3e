using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>bool as BOOL.</summary>
internal sealed class BooleanConverter : AttributeConverter<bool>
{
    /// <inheritdoc/>
    public override AttributeValue Write(bool value) => WriteValue(value);

    /// <inheritdoc/>
    public override bool Read(AttributeValue value) => ReadValue(value);

    /// <summary>Writes a bool (called directly by compiled mappers).</summary>
    public static AttributeValue WriteValue(bool value) => new() { BOOL = value };

    /// <summary>Reads a bool (called directly by compiled mappers).</summary>
    public static bool ReadValue(AttributeValue value) => value.BOOL ?? throw AttributeValues.WrongType("BOOL", typeof(bool));
}
