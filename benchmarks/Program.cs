using BenchmarkDotNet.Running;
using Dynamo.Repositories.Benchmarks.EndToEnd;
using Dynamo.Repositories.Benchmarks.Infrastructure;

// Modes:
//   --quick          every category, short in-process job, then one ratio table (a few minutes)
//   --e2e            requests/second and requests per operation against DynamoDB Local (no BenchmarkDotNet)
//   --interleaved    median time ratios, every contender alternated in one process (steady on a drifting machine)
//   --chart PATH     also write the SVG chart of the ratios to PATH (default: BenchmarkDotNet.Artifacts/results/*.svg)
//   anything else    BenchmarkDotNet's switcher, e.g. --filter '*' for the full run, --list flat
if (args.Contains("--interleaved"))
{
    return await InterleavedRunner.RunAsync(args);
}

if (args.Contains("--e2e"))
{
    return await EndToEndRunner.RunAsync(args);
}

var quick = args.Contains("--quick");
var chart = args.SkipWhile(a => a != "--chart").Skip(1).FirstOrDefault();
var rest = args.Where(a => a != "--quick").ToArray();
if (chart is not null)
{
    var at = Array.IndexOf(rest, "--chart");
    rest = [.. rest[..at], .. rest[(at + 2)..]];
}

if (quick && !rest.Contains("--filter"))
{
    rest = [.. rest, "--filter", "*"];
}

var summaries = BenchmarkSwitcher
    .FromAssembly(typeof(Program).Assembly)
    .Run(rest, quick ? BenchConfigs.Quick() : BenchConfigs.Full());
RatioTable.Print(summaries, chart);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
