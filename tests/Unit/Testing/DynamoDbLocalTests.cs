using System.Diagnostics;
using System.Globalization;
using Bogus;
using Dynamo.Repositories.Testing;
using Dynamo.Repositories.Testing.Local;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing;

/// <summary>
/// The failure paths of <see cref="DynamoDbLocal.StartAsync"/>, with fake java and npm executables: each must fail with
/// a message saying what to do, well before a 20 s guard that stands in for "never a hang" (the configured time limits
/// are 10 minutes, so only failing fast passes).
/// </summary>
public sealed class DynamoDbLocalTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    private readonly TempFolder _temp = new();
    private readonly Randomizer _random = new(20261124);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task StartAsync_ThrowsNamingJava17_WhenJavaPathDoesNotExist()
    {
        var options = Options();
        options.JavaPath = _temp.Combine("missing", "java");

        var exception = await StartExpectingFailureAsync(options);

        Assert.Contains(options.JavaPath, exception.Message, StringComparison.Ordinal);
        Assert.Contains("Java 17+", exception.Message, StringComparison.Ordinal);
        Assert.Contains("openjdk-17-jre-headless", exception.Message, StringComparison.Ordinal);
        Assert.Contains("DYNAMODB_ENDPOINT", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11.0.2", 11)]
    [InlineData("1.8.0_292", 8)]
    public async Task StartAsync_ThrowsNamingVersion_WhenJavaIsOlderThan17(string version, int major)
    {
        var options = Options();
        options.JavaPath = _temp.WriteJava(version);

        var exception = await StartExpectingFailureAsync(options);

        Assert.Contains($"is Java {major}.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Java 17 or later", exception.Message, StringComparison.Ordinal);
        Assert.Contains("openjdk-17-jre-headless", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ThrowsNamingNpm_WhenNpmIsMissingAndNothingIsInstalled()
    {
        var options = Options();
        options.JavaPath = _temp.WriteJava();

        var exception = await StartExpectingFailureAsync(options);

        Assert.Contains("npm was not found", exception.Message, StringComparison.Ordinal);
        Assert.Contains(options.NpmPath!, exception.Message, StringComparison.Ordinal);
        Assert.Contains("DYNAMODB_LOCAL_HOME", exception.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(options.InstallDirectory));
    }

    [Fact]
    public async Task StartAsync_ThrowsNamingBothHashes_WhenInstalledJarIsNotThePinnedOne()
    {
        var options = Options();
        options.JavaPath = _temp.WriteJava();
        var jar = _random.Bytes(512);
        var actual = _temp.WriteInstall("install", jar);

        var exception = await StartExpectingFailureAsync(options);

        Assert.Contains(DynamoDbLocal.JarSha256, exception.Message, StringComparison.Ordinal);
        Assert.Contains(actual, exception.Message, StringComparison.Ordinal);
        Assert.Contains("Delete", exception.Message, StringComparison.Ordinal);
        Assert.Equal(jar, File.ReadAllBytes(_temp.Combine("install", "DynamoDBLocal.jar")));
    }

    [Fact]
    public async Task StartAsync_ThrowsWithLastOutput_WhenEmulatorExitsEarly()
    {
        var options = Options();
        options.JarSha256 = _temp.WriteInstall("install", _random.Bytes(256));
        options.JavaPath = _temp.WriteJava(body: "echo 'Initializing DynamoDB Local'\necho 'fatal: sqlite4java missing' >&2\nexit 3");

        var exception = await StartExpectingFailureAsync(options);

        Assert.Contains("exited with code 3", exception.Message, StringComparison.Ordinal);
        Assert.Contains("fatal: sqlite4java missing", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Initializing DynamoDB Local", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ThrowsAndStopsProcess_WhenPortNeverAnswers()
    {
        var options = Options();
        options.StartTimeout = TimeSpan.FromSeconds(1);
        options.JarSha256 = _temp.WriteInstall("install", _random.Bytes(256));
        var pidFile = _temp.Combine("java.pid");
        options.JavaPath = _temp.WriteJava(body: $"echo $$ > '{pidFile}'\nexec sleep 300");

        var exception = await StartExpectingFailureAsync(options);

        Assert.Contains("did not answer ListTables within 1 s", exception.Message, StringComparison.Ordinal);
        Assert.Contains("StartTimeout", exception.Message, StringComparison.Ordinal);
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
        Assert.False(IsRunning(pid));
    }

    [Fact]
    public async Task StartAsync_UsesEndpointAndStartsNothing_WhenEndpointVariableIsSet()
    {
        await using var endpoint = new FakeDynamoEndpoint();
        var options = Options();
        options.UseEnvironmentVariables = true;
        options.GetEnvironmentVariable = name => name == DynamoDbLocalOptions.EndpointVariable ? endpoint.Url : null;

        await using var dynamo = await DynamoDbLocal.StartAsync(options, TestContext.Current.CancellationToken);

        Assert.True(dynamo.IsExternal);
        Assert.Equal(endpoint.Url, dynamo.ServiceUrl);
        Assert.Null(dynamo.ProcessId);
        Assert.True(endpoint.Requests > 0);
    }

    [Fact]
    public async Task StartAsync_ThrowsNamingVariable_WhenEndpointFromVariableDoesNotAnswer()
    {
        var options = Options();
        options.StartTimeout = TimeSpan.FromSeconds(1);
        options.UseEnvironmentVariables = true;
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        options.GetEnvironmentVariable = name => name == DynamoDbLocalOptions.EndpointVariable ? url : null;

        var exception = await StartExpectingFailureAsync(options);

        Assert.Contains(url, exception.Message, StringComparison.Ordinal);
        Assert.Contains("from DYNAMODB_ENDPOINT", exception.Message, StringComparison.Ordinal);
        Assert.Contains("did not answer", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_Throws_WhenEndpointIsNotAnHttpUrl()
    {
        var options = Options();
        options.Endpoint = "localhost:8000";

        var exception = await StartExpectingFailureAsync(options);

        Assert.Contains("'localhost:8000' (DynamoDbLocalOptions.Endpoint) is not an absolute http or https URL", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ThrowsArgumentOutOfRange_WhenPortIsNegative()
    {
        var options = Options();
        options.Port = -1;

        var exception = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => DynamoDbLocal.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("DynamoDbLocalOptions.Port", exception.Message, StringComparison.Ordinal);
    }

    private static async Task<DynamoDbLocalException> StartExpectingFailureAsync(DynamoDbLocalOptions options)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(Guard);

        // Exactly DynamoDbLocalException: hitting the guard would raise OperationCanceledException instead.
        return await Assert.ThrowsAsync<DynamoDbLocalException>(() => DynamoDbLocal.StartAsync(options, guard.Token));
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Options that never touch the real machine: no environment, fake paths, generous limits.</summary>
    private DynamoDbLocalOptions Options() => new()
    {
        UseEnvironmentVariables = false,
        JavaPath = _temp.Combine("missing", "java"),
        NpmPath = _temp.Combine("missing", "npm"),
        InstallDirectory = _temp.Combine("install"),
        StartTimeout = TimeSpan.FromMinutes(10),
        DownloadTimeout = TimeSpan.FromMinutes(10),
    };
}
