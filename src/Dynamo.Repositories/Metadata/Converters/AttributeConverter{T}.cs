using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>
/// The typed base of every built-in converter. The compiled item readers and writers call <see cref="Write(T)"/> and
/// <see cref="Read(AttributeValue)"/> directly, so values are never boxed on the hot path.
/// </summary>
/// <typeparam name="T">The converted type.</typeparam>
internal abstract class AttributeConverter<T> : IAttributeConverter
{
    /// <inheritdoc/>
    public Type ClrType => typeof(T);

    /// <inheritdoc/>
    public virtual ScalarAttributeType? KeyType => null;

    /// <inheritdoc/>
    public virtual IAttributeConverter? ElementConverter => null;

    /// <summary>Gets a value indicating whether a missing attribute reads as <see cref="ValueWhenMissing"/> (empty sets) rather than leaving the member as constructed.</summary>
    public virtual bool HasValueWhenMissing => false;

    /// <summary>Converts a non-null value; returns null when nothing is to be stored (an empty set).</summary>
    public abstract AttributeValue? Write(T value);

    /// <summary>Converts a stored, non-NULL attribute; throws <see cref="FormatException"/> or <see cref="OverflowException"/> without quoting the value.</summary>
    public abstract T Read(AttributeValue value);

    /// <summary>Creates the value of a missing attribute when <see cref="HasValueWhenMissing"/> is true.</summary>
    public virtual T ValueWhenMissing() => default!;

    /// <inheritdoc/>
    AttributeValue? IAttributeConverter.Write(object? value) => value is null ? null : Write((T)value);

    /// <inheritdoc/>
    object? IAttributeConverter.Read(AttributeValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return AttributeValues.IsNull(value) ? null : Read(value);
    }
}
