namespace Dynamo.Repositories.Benchmarks.EndToEnd;

/// <summary>One contender's operation in the end-to-end run; <c>Run(i)</c> performs iteration i and returns the entities touched.</summary>
/// <param name="Operation">The operation (the benchmark category).</param>
/// <param name="Contender">The contender.</param>
/// <param name="Iterations">How many times to run it.</param>
/// <param name="Run">Runs iteration i.</param>
public sealed record E2eOperation(string Operation, string Contender, int Iterations, Func<int, Task<int>> Run);
