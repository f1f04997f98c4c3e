namespace Dynamo.Repositories.Metadata;

/// <summary>The nullable form of a value type's converter.</summary>
internal interface INullableConverter
{
    /// <summary>Gets the converter of the underlying value type.</summary>
    IAttributeConverter Underlying { get; }
}
