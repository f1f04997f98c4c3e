using System.Reflection;

namespace Dynamo.Repositories.Mapping;

/// <summary>What a configuration declared about one property.</summary>
internal sealed class PropertyDefinition(MemberInfo member)
{
    public MemberInfo Member { get; } = member;

    public string? AttributeName { get; set; }

    /// <summary>Gets or sets the declared conversion (HasConversion or HasConverter), or null for the conventions.</summary>
    public ValueConversion? Conversion { get; set; }

    /// <summary>Gets or sets how the key is generated on add, or null when it is not.</summary>
    public Metadata.KeyGeneratorDefinition? Generator { get; set; }

    /// <summary>Gets or sets a value indicating whether a decimal may read a stored number by rounding it.</summary>
    public bool AllowRounding { get; set; }

    /// <summary>Gets or sets the name of the field that stores the property (HasField), or null for the conventions.</summary>
    public string? FieldName { get; set; }
}
