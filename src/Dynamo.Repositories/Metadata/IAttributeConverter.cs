using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata;

/// <summary>Converts one property type to and from <see cref="AttributeValue"/> (boxed; the hot path uses compiled typed delegates).</summary>
internal interface IAttributeConverter
{
    /// <summary>Gets the .NET type converted.</summary>
    Type ClrType { get; }

    /// <summary>Gets the scalar type written when used as a key, or null when the type cannot be a key.</summary>
    ScalarAttributeType? KeyType { get; }

    /// <summary>Gets the converter of the elements, for lists, sets and dictionaries; otherwise null.</summary>
    IAttributeConverter? ElementConverter { get; }

    /// <summary>Converts a value; null becomes null (no attribute).</summary>
    AttributeValue? Write(object? value);

    /// <summary>Converts a stored attribute back; throws <see cref="FormatException"/> or <see cref="OverflowException"/> when it does not fit.</summary>
    object? Read(AttributeValue value);
}
