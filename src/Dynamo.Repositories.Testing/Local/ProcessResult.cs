namespace Dynamo.Repositories.Testing.Local;

/// <summary>The outcome of a short-lived child process.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">The last lines of its standard output and error.</param>
internal sealed record ProcessResult(int ExitCode, OutputTail Output);
