using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Mapping;

/// <summary>Converts a property type that is not supported out of the box to and from a DynamoDB attribute value.</summary>
/// <typeparam name="TValue">The property type.</typeparam>
public abstract class DynamoConverter<TValue>
{
    /// <summary>
    /// Gets the scalar type this converter writes when the property is used as a table or index key
    /// (<see cref="ScalarAttributeType.S"/>, <see cref="ScalarAttributeType.N"/> or <see cref="ScalarAttributeType.B"/>),
    /// or <see langword="null"/> when the property cannot be a key.
    /// </summary>
    public virtual ScalarAttributeType? KeyType => null;

    /// <summary>Converts a non-null property value to its attribute value.</summary>
    /// <param name="value">The value to convert.</param>
    /// <returns>The attribute value to store.</returns>
    public abstract AttributeValue Write(TValue value);

    /// <summary>Converts a stored attribute value back to the property value.</summary>
    /// <param name="value">The stored attribute value.</param>
    /// <returns>The property value.</returns>
    public abstract TValue Read(AttributeValue value);
}
