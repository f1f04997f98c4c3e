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
