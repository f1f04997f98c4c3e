using System.Reflection;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// Chooses the constructor that materializes a mapped class, with EF Core's rules: every parameter must match a mapped
/// member by name (case-insensitive) and type; among the constructors that bind, the one with the fewest parameters
/// wins (so a parameterless constructor, of any accessibility, keeps being used when there is one); two that tie are
/// an error. Members that no parameter receives are set afterwards through their setter or backing field.
/// </summary>
internal static class ConstructorBinder
{
    private const BindingFlags Constructors = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>Binds a constructor of <paramref name="type"/> to <paramref name="members"/>.</summary>
    /// <exception cref="EntityConfigurationException">No constructor binds, or two bind equally (names the type and the constructors considered).</exception>
    public static ConstructorBinding Bind(Type type, IReadOnlyList<MappedMember> members)
    {
        if (type.IsAbstract)
        {
            throw new EntityConfigurationException(
                $"{type.Name} is abstract, so items cannot be read back into it. Map a concrete type.", type);
        }

        var bindings = new List<ConstructorBinding>();
        var failures = new List<string>();
        foreach (var constructor in type.GetConstructors(Constructors))
        {
            var parameters = constructor.GetParameters();
            var indexes = new int[parameters.Length];
            var unbound = new List<string>();
            for (var i = 0; i < parameters.Length; i++)
            {
                indexes[i] = IndexOf(members, parameters[i]);
                if (indexes[i] < 0)
                {
                    unbound.Add($"'{parameters[i].Name}'");
                }
            }

            if (unbound.Count == 0)
            {
                bindings.Add(new ConstructorBinding(constructor, indexes));
            }
            else
            {
                failures.Add($"{Describe(constructor)} (no mapped member for {string.Join(", ", unbound)})");
            }
        }

        if (type.IsValueType && !bindings.Exists(b => b.Members.Length == 0))
        {
            bindings.Add(new ConstructorBinding(null, []));
        }

        if (bindings.Count == 0)
        {
            throw new EntityConfigurationException(
                $"{type.Name} has no constructor whose parameters all match mapped members by name (case-insensitive) and type, so items cannot be read back into it. "
                + $"Constructors considered: {string.Join("; ", failures)}. Name the parameters like the mapped properties, or add a constructor that does (it may be private).",
                type);
        }

        var fewest = bindings.Min(b => b.Members.Length);
        var chosen = bindings.Where(b => b.Members.Length == fewest).ToList();
        if (chosen.Count > 1)
        {
            throw new EntityConfigurationException(
                $"{type.Name} has {chosen.Count} constructors with {fewest} parameters that all match mapped members ({string.Join("; ", chosen.Select(b => Describe(b.Constructor!)))}), so the one to use is ambiguous. Remove one, or give it a parameter that is not a mapped member.",
                type);
        }

        return chosen[0];
    }

    private static int IndexOf(IReadOnlyList<MappedMember> members, ParameterInfo parameter)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (string.Equals(members[i].Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
                && parameter.ParameterType.IsAssignableFrom(members[i].MemberType))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Describe(ConstructorInfo constructor) =>
        $"{constructor.DeclaringType!.Name}({string.Join(", ", constructor.GetParameters().Select(p => $"{ConverterFactory.Describe(p.ParameterType)} {p.Name}"))})";
}
