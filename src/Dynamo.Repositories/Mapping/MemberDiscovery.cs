using System.Reflection;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// The default members of a mapped class: every public instance property with a getter and any setter (public,
/// private or init), plus get-only auto-properties (written through their backing field). Computed get-only
/// properties and indexers are left out.
/// </summary>
internal static class MemberDiscovery
{
    /// <summary>Lists the default members of <paramref name="type"/>, base class members after the derived ones, each name once.</summary>
    public static List<MemberInfo> DefaultMembers(Type type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<MemberInfo>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0
                && property.GetMethod is { IsPublic: true }
                && MemberAccess.IsReadWrite(property)
                && names.Add(property.Name))
            {
                members.Add(property);
            }
        }

        return members;
    }
}
