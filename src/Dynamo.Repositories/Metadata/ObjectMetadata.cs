using System.Reflection;

namespace Dynamo.Repositories.Metadata;

/// <summary>The mapped members of a class stored as an item or as a nested map.</summary>
internal class ObjectMetadata(Type clrType, IReadOnlyList<PropertyMetadata> properties)
{
    private readonly Dictionary<string, PropertyMetadata> _byName = properties.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>Gets the CLR type.</summary>
    public Type ClrType { get; } = clrType;

    /// <summary>Gets the mapped properties, keys included, in declaration order.</summary>
    public IReadOnlyList<PropertyMetadata> Properties { get; } = properties;

    /// <summary>Finds the mapped property for a member (null when the member is not mapped).</summary>
    public PropertyMetadata? FindProperty(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return _byName.TryGetValue(member.Name, out var property) ? property : null;
    }

    /// <summary>Finds the mapped property with a CLR member name (null when not mapped).</summary>
    public PropertyMetadata? FindProperty(string memberName) =>
        _byName.TryGetValue(memberName, out var property) ? property : null;
}
