using System.Diagnostics;
using System.Globalization;

namespace Dynamo.Repositories.Testing.Local;

/// <summary>
/// A running DynamoDB Local process. It is killed (with any child) on dispose and, as a safety net, when the test
/// process exits without disposing it.
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly EventHandler _onProcessExit;
    private int _disposed;

    private EmulatorProcess(Process process)
    {
        _process = process;
        _onProcessExit = (_, _) => ProcessRunner.Kill(_process);
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    /// <summary>Gets the last lines the emulator printed.</summary>
    public OutputTail Output { get; } = new(30);

    /// <summary>Gets the operating-system id of the process.</summary>
    public int Id => _process.Id;

    /// <summary>Gets a value indicating whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Gets the exit code; only valid once <see cref="HasExited"/>.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>java -jar DynamoDBLocal.jar</c> in memory on <paramref name="port"/>.</summary>
    public static EmulatorProcess Start(string javaPath, IEnumerable<string> javaOptions, string directory, int port)
    {
        string[] arguments =
        [
            .. javaOptions,
            "-Djava.library.path=" + Path.Combine(directory, EmulatorInstaller.LibraryDirectoryName),
            "-jar", Path.Combine(directory, EmulatorInstaller.JarFileName),
            "-inMemory", "-sharedDb", "-disableTelemetry",
            "-port", port.ToString(CultureInfo.InvariantCulture),
        ];
        var process = new Process { StartInfo = ProcessRunner.CreateStartInfo(javaPath, arguments, directory) };
        var emulator = new EmulatorProcess(process);
        process.OutputDataReceived += (_, e) => emulator.Output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => emulator.Output.Add(e.Data);
        try
        {
            process.Start();
        }
        catch
        {
            AppDomain.CurrentDomain.ProcessExit -= emulator._onProcessExit;
            process.Dispose();
            throw;
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return emulator;
    }

    /// <summary>Waits until the exited process's output has been read completely.</summary>
    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Kills the process tree and waits (bounded) for it to exit.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        ProcessRunner.Kill(_process);
        using var limit = new CancellationTokenSource(StopTimeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Killed but not yet reaped: nothing more can be done from here.
        }

        _process.Dispose();
    }
}
