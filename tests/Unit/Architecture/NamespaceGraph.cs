using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Dynamo.Repositories.UnitTests.Architecture;

/// <summary>The namespace dependency graph of the src assemblies, loaded once with ArchUnitNET.</summary>
internal static class NamespaceGraph
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded = new(() => new ArchLoader()
        .LoadAssemblies(typeof(DynamoRepository<>).Assembly, typeof(IUnitOfWork).Assembly)
        .Build());

    /// <summary>Gets the loaded architecture.</summary>
    public static ArchUnitNET.Domain.Architecture Architecture => Loaded.Value;

    /// <summary>Returns, for each library namespace, the other library namespaces its types use.</summary>
    public static Dictionary<string, HashSet<string>> Edges(string prefix)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in Architecture.Types)
        {
            var from = Node(type);
            if (!from.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (!edges.TryGetValue(from, out var targets))
            {
                edges[from] = targets = new HashSet<string>(StringComparer.Ordinal);
            }

            // A generic parameter is no dependency (ArchUnitNET may file a method's T under another generic type).
            foreach (var dependency in type.Dependencies.Where(d => d.Target is not GenericParameter))
            {
                var to = dependency.Target is null ? string.Empty : Node(dependency.Target);
                if (to != from && to.StartsWith(prefix, StringComparison.Ordinal))
                {
                    targets.Add(to);
                }
            }
        }

        return edges;
    }

    // Abstractions shares the root namespace with the library's facades: its types are a node of their own.
    private static string Node(IType type) =>
        (type.Assembly?.FullName?.StartsWith("Dynamo.Repositories.Abstractions", StringComparison.Ordinal) == true ? "Abstractions:" : string.Empty) +
        (type.Namespace?.FullName ?? string.Empty);

    /// <summary>Returns the strongly connected groups of more than one namespace (each is a cycle), with Tarjan's algorithm.</summary>
    public static List<List<string>> Cycles(Dictionary<string, HashSet<string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<string>>();
        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles;

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (!index.TryGetValue(next, out var nextIndex))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], nextIndex);
                }
            }

            if (low[node] != index[node])
            {
                return;
            }

            var group = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                group.Add(member);
            }
            while (member != node);
            if (group.Count > 1)
            {
                group.Sort(StringComparer.Ordinal);
                cycles.Add(group);
            }
        }
    }
}
