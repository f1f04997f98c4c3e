using System.ComponentModel;
using System.Diagnostics;

namespace Dynamo.Repositories.Testing.Local;

/// <summary>Runs a short-lived tool (java -version, npm pack) with a time limit, never waiting on stdin.</summary>
internal static class ProcessRunner
{
    /// <summary>Creates the start information shared by every child process: no shell, no stdin, output captured.</summary>
    public static ProcessStartInfo CreateStartInfo(string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (workingDirectory is not null)
        {
            startInfo.WorkingDirectory = workingDirectory;
        }

        return startInfo;
    }

    /// <summary>Runs the tool to completion; throws <see cref="TimeoutException"/> (after killing it) when it takes longer than <paramref name="timeout"/>.</summary>
    /// <exception cref="Win32Exception">The executable could not be started.</exception>
    public static async Task<ProcessResult> RunAsync(ProcessStartInfo startInfo, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var output = new OutputTail();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{startInfo.FileName}' did not finish within {timeout.TotalSeconds:0.#} s. Its last output:{System.Environment.NewLine}{output}");
        }

        return new ProcessResult(process.ExitCode, output);
    }

    /// <summary>Kills the process and everything it started, ignoring a process that already exited.</summary>
    public static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Win32Exception)
        {
            // Exiting while being killed.
        }
    }
}
