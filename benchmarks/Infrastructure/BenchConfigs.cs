using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>The BenchmarkDotNet configurations of the command-line modes.</summary>
public static class BenchConfigs
{
    /// <summary>
    /// The quick pass: ShortRun (1 launch, 3 warm-ups, 3 iterations) in process, so no benchmark project is
    /// generated and built. Every category runs in a few minutes; the ratios are indicative, not a record.
    /// </summary>
    public static IConfig Quick() =>
        DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"))
            .AddColumn(CategoriesColumn.Default)
            .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);

    /// <summary>
    /// The full run: BenchmarkDotNet's default job, out of process, one summary per category. The generated
    /// benchmark project rebuilds the library, so analyzers are off for that build and the timeout is generous.
    /// </summary>
    public static IConfig Full() =>
        DefaultConfig.Instance
            .AddJob(Job.Default.WithArguments([new MsBuildArgument("/p:RunAnalyzers=false")]).AsMutator())
            .AddColumn(CategoriesColumn.Default)
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
}
