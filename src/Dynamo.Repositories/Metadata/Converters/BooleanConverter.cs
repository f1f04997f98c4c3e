using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>bool as BOOL.</summary>
internal sealed class BooleanConverter : AttributeConverter<bool>
{
    /// <inheritdoc/>
    public override AttributeValue Write(bool value) => new() { BOOL = value };

    /// <inheritdoc/>
    public override bool Read(AttributeValue value) => value.BOOL ?? throw AttributeValues.WrongType("BOOL", typeof(bool));
}
