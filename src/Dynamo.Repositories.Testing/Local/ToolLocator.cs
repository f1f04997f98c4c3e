namespace Dynamo.Repositories.Testing.Local;

/// <summary>Finds an executable the way a shell would, without running a shell.</summary>
internal static class ToolLocator
{
    /// <summary>Returns the full path of <paramref name="command"/>, or <see langword="null"/> when it does not exist.</summary>
    /// <param name="command">A path (absolute or relative, containing a directory separator) or a bare name looked up on the PATH.</param>
    public static string? Resolve(string command)
    {
        if (string.IsNullOrWhiteSpace(command))
        {
            return null;
        }

        if (Path.IsPathRooted(command) || command.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || command.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(command) ? Path.GetFullPath(command) : null;
        }

        var path = System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in CandidateNames(command))
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> CandidateNames(string command)
    {
        yield return command;
        if (OperatingSystem.IsWindows() && !Path.HasExtension(command))
        {
            // npm is npm.cmd and java is java.exe on Windows.
            foreach (var extension in new[] { ".exe", ".cmd", ".bat" })
            {
                yield return command + extension;
            }
        }
    }
}
