using Xunit;

namespace Dynamo.Repositories.UnitTests.Architecture;

/// <summary>Layers run one way: no namespace of the library uses a namespace that uses it back; Abstractions knows no AWS type.</summary>
public sealed class ArchitectureTests
{
    // Bottom to top (DESIGN.md, "Architecture"): a namespace may use only namespaces of a lower rank.
    private static readonly Dictionary<string, int> Ranks = new(StringComparer.Ordinal)
    {
        ["Abstractions:Dynamo.Repositories"] = 0,
        ["Dynamo.Repositories.Items"] = 1,
        ["Dynamo.Repositories.Options"] = 1,
        ["Dynamo.Repositories.Resilience"] = 2,
        ["Dynamo.Repositories.Execution"] = 2,
        ["Dynamo.Repositories.Metadata"] = 3,
        ["Dynamo.Repositories.Telemetry"] = 3,
        ["Dynamo.Repositories.Wire.Json"] = 3,
        ["Dynamo.Repositories.Metadata.Converters"] = 4,
        ["Dynamo.Repositories.Wire"] = 4,
        ["Dynamo.Repositories.Mapping"] = 5,
        ["Dynamo.Repositories.KeyGeneration"] = 5,
        ["Dynamo.Repositories.Expressions"] = 6,
        ["Dynamo.Repositories.Tables"] = 6,
        ["Dynamo.Repositories.Query"] = 7,
        ["Dynamo.Repositories.Writes"] = 7,
        ["Dynamo.Repositories.Events"] = 8,
        ["Dynamo.Repositories.DependencyInjection"] = 8,
        ["Dynamo.Repositories.HealthChecks"] = 8,
        ["Dynamo.Repositories"] = 9,
    };

    [Fact]
    public void Namespaces_UseOnlyLowerLayers_InTheLibrary()
    {
        var edges = NamespaceGraph.Edges("Dynamo.Repositories");

        var unknown = edges.Keys.Where(n => !Ranks.ContainsKey(n)).ToList();
        var upward = edges
            .SelectMany(e => e.Value.Select(to => (From: e.Key, To: to)))
            .Where(e => Ranks.ContainsKey(e.From) && Ranks.ContainsKey(e.To) && Ranks[e.To] >= Ranks[e.From])
            .Select(e => e.From + " -> " + e.To)
            .ToList();

        Assert.True(unknown.Count == 0, "Namespaces without a layer (add them to Ranks and DESIGN.md): " + string.Join(", ", unknown));
        Assert.True(upward.Count == 0, "Dependencies that do not run down the layers: " + string.Join("; ", upward));
    }

    [Fact]
    public void Namespaces_FormNoCycle_InTheLibrary()
    {
        var edges = NamespaceGraph.Edges("Dynamo.Repositories");

        var cycles = NamespaceGraph.Cycles(edges);

        Assert.True(
            cycles.Count == 0,
            "Namespace cycles: " + string.Join("; ", cycles.Select(c => string.Join(" <-> ", c))) + Environment.NewLine +
            string.Join(Environment.NewLine, cycles.SelectMany(c => c).Select(n => n + " -> " + string.Join(", ", edges[n].Order(StringComparer.Ordinal)))));
    }

    [Fact]
    public void Abstractions_UsesNoAwsType()
    {
        var offenders = NamespaceGraph.Architecture.Types
            .Where(t => t.Assembly.FullName.StartsWith("Dynamo.Repositories.Abstractions", StringComparison.Ordinal))
            .SelectMany(t => t.Dependencies.Select(d => (From: t.FullName, To: d.Target?.FullName ?? string.Empty)))
            .Where(d => d.To.StartsWith("Amazon", StringComparison.Ordinal))
            .Select(d => d.From + " -> " + d.To)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0, "Abstractions uses AWS types: " + string.Join(", ", offenders));
        Assert.Contains(NamespaceGraph.Architecture.Types, t => t.Assembly.FullName.StartsWith("Dynamo.Repositories.Abstractions", StringComparison.Ordinal));
    }
}
