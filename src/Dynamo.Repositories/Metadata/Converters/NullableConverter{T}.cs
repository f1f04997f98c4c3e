using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>Nullable forms of value types: null is no attribute, a value uses the underlying converter.</summary>
/// <typeparam name="T">The underlying value type.</typeparam>
internal sealed class NullableConverter<T>(AttributeConverter<T> inner) : AttributeConverter<T?>, INullableConverter
    where T : struct
{
    /// <summary>Gets the converter of the underlying type (the compiled mappers call it directly).</summary>
    public AttributeConverter<T> Inner { get; } = inner;

    /// <inheritdoc/>
    public IAttributeConverter Underlying => Inner;

    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => Inner.KeyType;

    /// <inheritdoc/>
    public override AttributeValue? Write(T? value) => value.HasValue ? Inner.Write(value.GetValueOrDefault()) : null;

    /// <inheritdoc/>
    public override T? Read(AttributeValue value) => Inner.Read(value);
}
