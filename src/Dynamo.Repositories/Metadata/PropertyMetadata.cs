using System.Reflection;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata;

/// <summary>One mapped property: its CLR member, its attribute name and its converter.</summary>
internal sealed class PropertyMetadata(
    MemberInfo member,
    Type propertyType,
    string attributeName,
    IAttributeConverter converter,
    Func<object, object?> getValue,
    Action<object, object?> setValue,
    ObjectMetadata? nested,
    string? name = null)
{
    /// <summary>Gets the CLR member that stores the value (the property, or its backing field).</summary>
    public MemberInfo Member { get; } = member;

    /// <summary>Gets the name of the mapped property (used in queries and messages).</summary>
    public string Name { get; } = name ?? member.Name;

    /// <summary>Gets the declared type of the member.</summary>
    public Type PropertyType { get; } = propertyType;

    /// <summary>Gets the DynamoDB attribute name.</summary>
    public string AttributeName { get; } = attributeName;

    /// <summary>Gets the converter for the member's type.</summary>
    public IAttributeConverter Converter { get; } = converter;

    /// <summary>Gets the metadata of a nested class stored as a map, or null.</summary>
    /// <remarks>Read from the converter when not given, because a class that contains itself gets its metadata after its members.</remarks>
    public ObjectMetadata? Nested => nested ?? (Converter as INestedConverter)?.Metadata;

    /// <summary>Reads the member of an instance (boxed; not for hot paths).</summary>
    public object? GetValue(object instance) => getValue(instance);

    /// <summary>Writes the member of an instance (boxed; not for hot paths).</summary>
    public void SetValue(object instance, object? value) => setValue(instance, value);

    /// <summary>Converts a value of this property to an attribute value (null for null).</summary>
    public AttributeValue? ToAttributeValue(object? value) => Converter.Write(value);
}
