namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>One contender's ratios to the baseline of its category, as drawn by <see cref="SvgChart"/>.</summary>
/// <param name="Category">The category, with its parameters (e.g. "UnitOfWork 25").</param>
/// <param name="Contender">The contender (the benchmark method's name up to its first underscore).</param>
/// <param name="Time">The time ratio to the baseline, or null when not measured.</param>
/// <param name="Alloc">The allocation ratio to the baseline, or null when not measured.</param>
public sealed record ChartBar(string Category, string Contender, double? Time, double? Alloc);
