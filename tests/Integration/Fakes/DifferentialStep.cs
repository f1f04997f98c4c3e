namespace Dynamo.Repositories.IntegrationTests.Fakes;

/// <summary>One operation of a differential run, with its parameters already drawn, run on each side in turn.</summary>
/// <param name="Description">What the step does, for the divergence report.</param>
/// <param name="Run">Runs the step on one side and describes its outcome (a result, or an exception's type and message).</param>
public sealed record DifferentialStep(string Description, Func<DifferentialSide, Task<string>> Run);
