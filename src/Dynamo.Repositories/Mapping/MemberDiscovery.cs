using System.Reflection;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// The default members of a mapped class, as EF Core finds them: every public instance property with a getter and any
/// setter (public, private or init), get-only auto-properties (through their compiler-generated field) and get-only
/// properties over a conventionally named backing field (<c>_items</c>, <c>_Items</c>, <c>m_items</c>, <c>m_Items</c>,
/// <c>items</c>). Indexers and properties marked <c>[NotMapped]</c> are left out. A get-only property with no field is
/// computed: a scalar one is left out (as in EF), any other (a collection, a value object) is reported as
/// "unresolved" so that nothing is dropped silently.
/// </summary>
internal static class MemberDiscovery
{
    /// <summary>Lists the default members of <paramref name="type"/>, base class members after the derived ones, each name once.</summary>
    /// <param name="type">The mapped class.</param>
    /// <param name="unresolved">Receives the get-only, non-scalar properties that have no setter and no backing field.</param>
    /// <returns>The members to map (properties; their storage is resolved by <see cref="MemberAccess.StorageOf"/>).</returns>
    public static List<MemberInfo> DefaultMembers(Type type, out List<PropertyInfo> unresolved)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<MemberInfo>();
        unresolved = [];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0
                || property.GetMethod is not { IsPublic: true }
                || IsNotMapped(property)
                || !names.Add(property.Name))
            {
                continue;
            }

            if (MemberAccess.IsReadWrite(property))
            {
                members.Add(property);
            }
            else if (!ConverterFactory.IsScalar(property.PropertyType))
            {
                unresolved.Add(property);
            }
        }

        return members;
    }

    /// <summary>The start-up error of a get-only collection or value object that would otherwise be dropped.</summary>
    public static EntityConfigurationException Unresolved(Type owner, PropertyInfo property) =>
        new(
            $"{owner.Name}.{property.Name} is a get-only {ConverterFactory.Describe(property.PropertyType)} with no setter and no backing field found "
            + $"(looked for _{Camel(property.Name)}, _{property.Name}, m_{Camel(property.Name)}, m_{property.Name}, {Camel(property.Name)}), so it could not be read back and would be lost. "
            + $"Map its field with builder.Property(x => x.{property.Name}).HasField(\"<field name>\"), or leave it out with builder.Ignore(x => x.{property.Name}).",
            owner,
            property.Name);

    /// <summary>Lower-cases the first letter (Items -> items).</summary>
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    // By name, so that the domain needs no reference beyond the framework's DataAnnotations (EF honours it too).
    private static bool IsNotMapped(PropertyInfo property) =>
        property.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute");
}
