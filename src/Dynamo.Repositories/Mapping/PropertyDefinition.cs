using System.Reflection;

namespace Dynamo.Repositories.Mapping;

/// <summary>What a configuration declared about one property.</summary>
internal sealed class PropertyDefinition(MemberInfo member)
{
    public MemberInfo Member { get; } = member;

    public string? AttributeName { get; set; }

    /// <summary>Gets or sets a <see cref="DynamoConverter{TValue}"/> instance, or null for the built-in conversion.</summary>
    public object? Converter { get; set; }

    /// <summary>Gets or sets the name of the field that stores the property (HasField), or null for the conventions.</summary>
    public string? FieldName { get; set; }
}
