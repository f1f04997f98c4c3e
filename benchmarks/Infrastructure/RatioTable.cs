using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>
/// Prints one table of every contender's time and allocation ratio to the Baseline of its category, with the
/// issue's targets for our library, and writes it to BenchmarkDotNet.Artifacts/results/ratios.md.
/// </summary>
public static class RatioTable
{
    /// <summary>The issue's targets per category: time and allocation ratios to the baseline.</summary>
    internal static readonly Dictionary<string, (double Time, double Alloc)> Targets = new(StringComparer.Ordinal)
    {
        ["MappingRead"] = (1.10, 1.00),
        ["MappingWrite"] = (1.10, 1.00),
        ["Get"] = (1.05, 1.10),
        ["Put"] = (1.05, 1.10),
        ["Query100"] = (1.05, 1.05),
        ["Stream1000"] = (1.05, 1.05),
        ["UnitOfWork"] = (1.10, 1.15),
    };

    public static string Build(IEnumerable<Summary> summaries) => Build(summaries, []);

    /// <summary>Builds the table and collects one chart bar per row into <paramref name="bars"/>.</summary>
    public static string Build(IEnumerable<Summary> summaries, List<ChartBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var text = new StringBuilder();
        text.AppendLine("| category | contender | mean | ratio | allocated | alloc ratio | target (time / alloc) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var summary in summaries)
        {
            // One baseline per class, parameter set and job (a run may add jobs, e.g. --job Dry).
            var manyJobs = summary.Reports.Select(r => r.BenchmarkCase.Job.ResolvedId).Distinct().Count() > 1;
            var groups = summary.Reports.GroupBy(r =>
                r.BenchmarkCase.Descriptor.Type.Name + " " + r.BenchmarkCase.Parameters.DisplayInfo + " " + r.BenchmarkCase.Job.ResolvedId);
            foreach (var group in groups)
            {
                var baseline = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
                foreach (var report in group)
                {
                    text.AppendLine(Row(report, baseline, manyJobs, bars));
                }
            }
        }

        return text.ToString();
    }

    public static void Print(IEnumerable<Summary> summaries, string? chartPath = null)
    {
        var list = summaries.ToList();
        if (list.Count == 0 || list.All(s => s.Reports.Length == 0))
        {
            return;
        }

        var bars = new List<ChartBar>();
        var table = Build(list, bars);
        Console.WriteLine();
        Console.WriteLine("// Ratios to the hand-written low-level baseline of each category (same run):");
        Console.WriteLine(table);
        var folder = list[0].ResultsDirectoryPath;
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ratios.md"), table);
        Console.WriteLine($"// Written to {Path.Combine(folder, "ratios.md")}");
        var title = string.Create(CultureInfo.InvariantCulture, $"Dynamo.Repositories benchmarks: ratios to the hand-written SDK call ({DateTime.UtcNow:yyyy-MM-dd}, BenchmarkDotNet)");
        SvgChart.Write(chartPath ?? Path.Combine(folder, "ratios.svg"), title, bars);
    }

    private static string Row(BenchmarkReport report, BenchmarkReport? baseline, bool showJob, List<ChartBar> bars)
    {
        var benchmarkCase = report.BenchmarkCase;
        var category = benchmarkCase.Descriptor.Categories.FirstOrDefault() ?? benchmarkCase.Descriptor.Type.Name;
        var parameters = (benchmarkCase.HasParameters ? " " + benchmarkCase.Parameters.ValueInfo : string.Empty)
            + (showJob ? " (" + benchmarkCase.Job.ResolvedId + ")" : string.Empty);
        var name = benchmarkCase.Descriptor.WorkloadMethod.Name;
        var contender = name.Split('_')[0];
        var mean = report.ResultStatistics?.Mean;
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        var baseMean = baseline?.ResultStatistics?.Mean;
        var baseAllocated = baseline?.GcStats.GetBytesAllocatedPerOperation(baseline.BenchmarkCase);
        double? ratio = mean is { } m && baseMean is { } b && b > 0 ? m / b : null;
        double? allocRatio = allocated is { } a && baseAllocated is { } ba && ba > 0 ? (double)a / ba : null;
        bars.Add(new ChartBar(category + parameters, contender, ratio, allocRatio));
        var target = contender == "Ours" && Targets.TryGetValue(category, out var t)
            ? string.Create(CultureInfo.InvariantCulture, $"<= {t.Time:0.00}x / <= {t.Alloc:0.00}x: {Verdict(ratio, allocRatio, t)}")
            : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {category}{parameters} | {contender} | {Time(mean)} | {Ratio(ratio)} | {Bytes(allocated)} | {Ratio(allocRatio)} | {target} |");
    }

    private static string Verdict(double? ratio, double? allocRatio, (double Time, double Alloc) target) =>
        ratio is null || allocRatio is null ? "n/a"
        : ratio <= target.Time && allocRatio <= target.Alloc ? "met"
        : "missed";

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + "x" : "-";

    private static string Time(double? nanoseconds) => nanoseconds switch
    {
        null => "-",
        >= 1_000_000 => (nanoseconds.Value / 1_000_000).ToString("0.000", CultureInfo.InvariantCulture) + " ms",
        >= 1_000 => (nanoseconds.Value / 1_000).ToString("0.00", CultureInfo.InvariantCulture) + " us",
        _ => nanoseconds.Value.ToString("0.0", CultureInfo.InvariantCulture) + " ns",
    };

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "-",
        >= 1024 * 1024 => (bytes.Value / (1024.0 * 1024)).ToString("0.00", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes.Value / 1024.0).ToString("0.00", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.Value.ToString(CultureInfo.InvariantCulture) + " B",
    };
}
