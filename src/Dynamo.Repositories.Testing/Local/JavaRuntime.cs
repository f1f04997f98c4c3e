using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dynamo.Repositories.Testing.Local;

/// <summary>Finds the Java runtime and checks that it is 17 or later, which DynamoDB Local needs.</summary>
internal static partial class JavaRuntime
{
    /// <summary>The oldest Java major version DynamoDB Local runs on.</summary>
    public const int MinimumVersion = 17;

    private const string Advice =
        "Install a Java 17+ runtime (e.g. `apt-get install openjdk-17-jre-headless`), point DynamoDbLocalOptions.JavaPath "
        + "or JAVA_HOME at one, or set DYNAMODB_ENDPOINT to an already-running DynamoDB.";

    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Returns the full path of the Java executable to use.</summary>
    /// <exception cref="DynamoDbLocalException">No Java executable was found.</exception>
    public static string Locate(DynamoDbLocalOptions options)
    {
        string requested;
        if (options.JavaPath is not null)
        {
            requested = options.JavaPath;
        }
        else if (options.ReadVariable("JAVA_HOME") is { } javaHome
            && ToolLocator.Resolve(Path.Combine(javaHome, "bin", OperatingSystem.IsWindows() ? "java.exe" : "java")) is { } fromHome)
        {
            return fromHome;
        }
        else
        {
            requested = "java";
        }

        return ToolLocator.Resolve(requested)
            ?? throw new DynamoDbLocalException($"DynamoDB Local needs Java, but '{requested}' was not found{(options.JavaPath is null ? " on the PATH" : " (DynamoDbLocalOptions.JavaPath)")}. {Advice}");
    }

    /// <summary>Runs <c>java -version</c> and throws unless it reports Java 17 or later.</summary>
    /// <exception cref="DynamoDbLocalException">Java could not be run, or is too old.</exception>
    public static async Task EnsureSupportedAsync(string javaPath, CancellationToken cancellationToken)
    {
        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(ProcessRunner.CreateStartInfo(javaPath, ["-version"]), VersionTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception exception)
        {
            throw new DynamoDbLocalException($"'{javaPath}' could not be run ({exception.Message}). {Advice}", exception);
        }
        catch (TimeoutException exception)
        {
            throw new DynamoDbLocalException($"'{javaPath} -version' did not answer within {VersionTimeout.TotalSeconds} s. {Advice}", exception);
        }

        var version = ParseMajorVersion(result.Output.ToString());
        if (result.ExitCode != 0 || version is null)
        {
            throw new DynamoDbLocalException(
                $"'{javaPath} -version' did not report a Java version (exit code {result.ExitCode}). {Advice} Its output:{System.Environment.NewLine}{result.Output}");
        }

        if (version < MinimumVersion)
        {
            throw new DynamoDbLocalException($"DynamoDB Local needs Java {MinimumVersion} or later, but '{javaPath}' is Java {version}. {Advice}");
        }
    }

    /// <summary>Reads the major version from <c>java -version</c> output: <c>"17.0.15"</c> is 17, <c>"1.8.0_292"</c> is 8.</summary>
    public static int? ParseMajorVersion(string output)
    {
        var match = VersionPattern().Match(output);
        if (!match.Success)
        {
            return null;
        }

        var major = int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture);
        if (major == 1 && match.Groups["minor"].Success)
        {
            major = int.Parse(match.Groups["minor"].Value, CultureInfo.InvariantCulture);
        }

        return major;
    }

    [GeneratedRegex("""version "(?<major>\d+)(?:\.(?<minor>\d+))?""", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
