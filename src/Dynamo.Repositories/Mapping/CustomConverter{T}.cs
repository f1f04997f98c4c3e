using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Metadata.Converters;

namespace Dynamo.Repositories.Mapping;

/// <summary>Adapts a user's <see cref="DynamoConverter{TValue}"/> to the built-in converter contract.</summary>
/// <typeparam name="T">The property type.</typeparam>
internal sealed class CustomConverter<T>(DynamoConverter<T> converter) : AttributeConverter<T>
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => converter.KeyType;

    /// <inheritdoc/>
    public override AttributeValue? Write(T value) => converter.Write(value);

    /// <inheritdoc/>
    public override T Read(AttributeValue value) => converter.Read(value);
}
