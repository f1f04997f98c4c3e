namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>A request body seen by the canned handler while capturing (setup only, never while measuring).</summary>
/// <param name="Operation">The operation, e.g. PutItem.</param>
/// <param name="Body">The JSON request body.</param>
public sealed record CapturedRequest(string Operation, byte[] Body);
