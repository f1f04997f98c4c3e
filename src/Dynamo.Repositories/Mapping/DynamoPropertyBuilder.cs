namespace Dynamo.Repositories.Mapping;

/// <summary>Configures one mapped property.</summary>
/// <typeparam name="TProperty">The property type.</typeparam>
public sealed class DynamoPropertyBuilder<TProperty>
{
    private readonly PropertyDefinition _definition;

    internal DynamoPropertyBuilder(PropertyDefinition definition) => _definition = definition;

    /// <summary>Stores the property under another attribute name.</summary>
    /// <param name="attributeName">The DynamoDB attribute name.</param>
    /// <returns>This builder.</returns>
    public DynamoPropertyBuilder<TProperty> HasAttributeName(string attributeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(attributeName);
        _definition.AttributeName = attributeName;
        return this;
    }

    /// <summary>
    /// Reads and writes the property through a field (any accessibility, declared here or in a base class), as EF Core's
    /// <c>HasField</c>: e.g. <c>Property(x =&gt; x.Items).HasField("_items")</c> for a get-only collection over a private list.
    /// Without it, a get-only property uses a field named by convention (<c>_items</c>, <c>_Items</c>, <c>m_items</c>, <c>m_Items</c>, <c>items</c>).
    /// </summary>
    /// <param name="fieldName">The field name.</param>
    /// <returns>This builder.</returns>
    public DynamoPropertyBuilder<TProperty> HasField(string fieldName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldName);
        _definition.FieldName = fieldName;
        return this;
    }

    /// <summary>Converts the property with a custom converter instead of the built-in ones.</summary>
    /// <param name="converter">The converter.</param>
    /// <returns>This builder.</returns>
    public DynamoPropertyBuilder<TProperty> HasConverter(DynamoConverter<TProperty> converter)
    {
        ArgumentNullException.ThrowIfNull(converter);
        _definition.Converter = converter;
        return this;
    }
}
