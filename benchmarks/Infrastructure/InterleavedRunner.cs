using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>
/// The interleaved mode (<c>--interleaved</c>): every contender of a category in one process, in alternating rounds of
/// about 20 ms each, and the median of the per-round time ratios to the baseline. On a machine whose speed drifts
/// over minutes (shared virtual machines), a drift hits every contender of a round alike, so these ratios repeat where
/// BenchmarkDotNet's separate processes, run minutes apart, do not. It runs the same [GlobalSetup] (with its
/// equivalence check) as the BenchmarkDotNet run; it measures time only (allocation ratios come from the full run).
/// </summary>
public static class InterleavedRunner
{
    private static readonly TimeSpan RoundTarget = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = Option(args, "--rounds", 60);
        var filter = args.SkipWhile(a => a != "--filter").Skip(1).FirstOrDefault();
        var table = new StringBuilder();
        var bars = new List<ChartBar>();
        table.AppendLine(CultureInfo.InvariantCulture, $"| category | contender | median ratio | p25–p75 | rounds | target (time) |");
        table.AppendLine("|---|---|---:|---|---:|---|");
        var classes = typeof(InterleavedRunner).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .Where(t => filter is null || Matches(t.Name, filter))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in classes)
        {
            foreach (var parameters in ParameterSets(type))
            {
                await RunClassAsync(type, parameters, rounds, table, bars);
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Median time ratios to the baseline, contenders alternated in one process ({rounds} rounds):"));
        Console.WriteLine(table);
        var folder = Path.Combine("BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "interleaved.md"), table.ToString());
        Console.WriteLine($"// Written to {Path.GetFullPath(Path.Combine(folder, "interleaved.md"))}");
        var chart = args.SkipWhile(a => a != "--chart").Skip(1).FirstOrDefault() ?? Path.Combine(folder, "interleaved.svg");
        var title = string.Create(CultureInfo.InvariantCulture, $"Dynamo.Repositories: median time ratios to the hand-written SDK call, interleaved ({rounds} rounds, {DateTime.UtcNow:yyyy-MM-dd})");
        SvgChart.Write(chart, title, bars);
        return 0;
    }

    private static async Task RunClassAsync(Type type, (PropertyInfo Property, object Value)? parameter, int rounds, StringBuilder table, List<ChartBar> bars)
    {
        var instance = Activator.CreateInstance(type)!;
        parameter?.Property.SetValue(instance, parameter.Value.Value);
        await InvokeAsync(instance, type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null));
        var benchmarks = type.GetMethods()
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<BenchmarkAttribute>()))
            .Where(b => b.Attribute is not null)
            .OrderByDescending(b => b.Attribute!.Baseline)
            .ThenBy(b => b.Method.Name, StringComparer.Ordinal)
            .ToList();
        var category = type.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories.FirstOrDefault() ?? type.Name;
        var label = parameter is null ? category : $"{category} [{parameter.Value.Property.Name}={parameter.Value.Value}]";
        Console.WriteLine($"// {label}: {benchmarks.Count} contenders, {rounds} rounds");

        // Warm up until the tiered JIT has promoted the hot paths (at least WarmUp per contender, twice round-robin),
        // then size each contender's batch to about one round target.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var benchmark in benchmarks)
            {
                var watch = Stopwatch.StartNew();
                while (watch.Elapsed < WarmUp / 2)
                {
                    await TimeAsync(instance, benchmark.Method, 1);
                }
            }
        }

        var batches = new int[benchmarks.Count];
        for (var i = 0; i < benchmarks.Count; i++)
        {
            batches[i] = await BatchSizeAsync(instance, benchmarks[i].Method);
        }

        var ratios = new List<double>[benchmarks.Count];
        for (var i = 0; i < benchmarks.Count; i++)
        {
            ratios[i] = new List<double>(rounds);
        }

        // The order is a fresh shuffle every round (fixed seed), so every contender follows every other equally often
        // and pays its share of the garbage left by the one before it (DynamoDBContext leaves megabytes). A rotation
        // keeps the cyclic order: with three contenders, the one after DynamoDBContext would be the same in two rounds
        // out of three. (Forcing a collection before each batch, as BenchmarkDotNet does between iterations, was tried:
        // it widened the spread of the unit-of-work ratios, so it is not done.)
        var times = new double[benchmarks.Count];
        var order = Enumerable.Range(0, benchmarks.Count).ToArray();
        var shuffle = new Random(20261124);
        for (var round = 0; round < rounds; round++)
        {
            shuffle.Shuffle(order);
            foreach (var i in order)
            {
                times[i] = await TimeAsync(instance, benchmarks[i].Method, batches[i]);
            }

            for (var i = 0; i < benchmarks.Count; i++)
            {
                ratios[i].Add(times[i] / times[0]);
            }
        }

        await InvokeAsync(instance, type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalCleanupAttribute>() is not null));
        for (var i = 0; i < benchmarks.Count; i++)
        {
            ratios[i].Sort();
            var contender = benchmarks[i].Method.Name.Split('_')[0];
            var target = i > 0 && RatioTable.Targets.TryGetValue((contender, category), out var t)
                ? string.Create(CultureInfo.InvariantCulture, $"<= {t.Time:0.00}x: {(ratios[i][rounds / 2] <= t.Time ? "met" : "missed")}")
                : string.Empty;
            bars.Add(new ChartBar(label, contender, ratios[i][rounds / 2], null));
            table.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {label} | {contender} | {ratios[i][rounds / 2]:0.00}x | {ratios[i][rounds / 4]:0.00}–{ratios[i][3 * rounds / 4]:0.00}x | {rounds} | {target} |"));
        }
    }

    private static async Task<int> BatchSizeAsync(object instance, MethodInfo method)
    {
        var batch = 1;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var elapsed = await TimeAsync(instance, method, batch) * batch;
            if (elapsed >= RoundTarget.TotalMilliseconds && attempt >= 5)
            {
                break;
            }

            if (elapsed < RoundTarget.TotalMilliseconds)
            {
                batch = Math.Max(batch + 1, (int)(batch * RoundTarget.TotalMilliseconds / Math.Max(elapsed, 0.001)));
            }
        }

        return batch;
    }

    /// <summary>Runs a batch and returns the mean milliseconds per call (through a delegate: no reflection per call).</summary>
    private static async Task<double> TimeAsync(object instance, MethodInfo method, int batch)
    {
        var call = Caller(instance, method);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < batch; i++)
        {
            if (call() is Task task)
            {
                await task;
            }
        }

        return watch.Elapsed.TotalMilliseconds / batch;
    }

    // A delegate straight to the method when it returns a reference type (a Task), else a compiled call that boxes its
    // value (a synchronous benchmark returning a number): the same small cost for every contender of such a category.
    private static Func<object?> Caller(object instance, MethodInfo method)
    {
        if (!method.ReturnType.IsValueType && method.ReturnType != typeof(void))
        {
            return method.CreateDelegate<Func<object?>>(instance);
        }

        var call = Expression.Call(Expression.Constant(instance), method);
        Expression body = method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<object?>>(body).Compile();
    }

    private static async Task InvokeAsync(object instance, MethodInfo? method)
    {
        if (method?.Invoke(instance, null) is Task task)
        {
            await task;
        }
    }

    private static IEnumerable<(PropertyInfo Property, object Value)?> ParameterSets(Type type)
    {
        var property = type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<ParamsAttribute>() is not null);
        if (property is null)
        {
            yield return null;
            yield break;
        }

        foreach (var value in property.GetCustomAttribute<ParamsAttribute>()!.Values)
        {
            yield return (property, value!);
        }
    }

    private static bool Matches(string name, string filter) =>
        filter.Trim('*').Length == 0 || name.Contains(filter.Trim('*'), StringComparison.OrdinalIgnoreCase);

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is not null && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : fallback;
    }
}
