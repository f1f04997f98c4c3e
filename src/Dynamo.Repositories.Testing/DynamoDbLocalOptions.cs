namespace Dynamo.Repositories.Testing;

/// <summary>
/// How <see cref="DynamoDbLocal.StartAsync(DynamoDbLocalOptions?, CancellationToken)"/> finds or starts DynamoDB Local.
/// Every property is optional: by default the pinned emulator is fetched once into the user's cache and started on a
/// free loopback port.
/// </summary>
public sealed class DynamoDbLocalOptions
{
    /// <summary>The environment variable naming a running DynamoDB endpoint to use instead of starting one.</summary>
    public const string EndpointVariable = "DYNAMODB_ENDPOINT";

    /// <summary>The environment variable naming a folder that already holds <c>DynamoDBLocal.jar</c> and <c>DynamoDBLocal_lib</c>.</summary>
    public const string HomeVariable = "DYNAMODB_LOCAL_HOME";

    /// <summary>
    /// Gets or sets the endpoint of a running DynamoDB (e.g. <c>http://localhost:8000</c>) to use instead of starting
    /// one. Default: the <c>DYNAMODB_ENDPOINT</c> environment variable, if set.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// Gets or sets the folder that holds (or, when empty or absent, receives) the extracted emulator. Default:
    /// <c>DYNAMODB_LOCAL_HOME</c> when it holds the jar, else <c>$XDG_CACHE_HOME</c> (or <c>~/.cache</c>)
    /// <c>/dynamo-repositories/dynamodb-local-2.9.30</c>.
    /// </summary>
    public string? InstallDirectory { get; set; }

    /// <summary>Gets or sets the Java executable. Default: <c>$JAVA_HOME/bin/java</c> when it exists, else <c>java</c> on the PATH.</summary>
    public string? JavaPath { get; set; }

    /// <summary>
    /// Gets the JVM options placed before <c>-jar</c>. Default: <c>-XX:TieredStopAtLevel=1 -XX:+UseSerialGC</c>, which
    /// start the emulator about a third faster on a small or busy machine; clear the list for peak throughput
    /// (e.g. long benchmarks).
    /// </summary>
    public IList<string> JavaOptions { get; } = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];

    /// <summary>Gets or sets the npm executable used once to fetch the emulator. Default: <c>npm</c> on the PATH.</summary>
    public string? NpmPath { get; set; }

    /// <summary>Gets or sets the loopback port to listen on. Default: 0, a free port chosen at start.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Gets or sets how long to wait for the emulator (or the endpoint) to answer <c>ListTables</c>. Default: 60 seconds
    /// (it answers in a few seconds on an idle machine, but a JVM starts slowly on a busy CI runner).
    /// </summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets how long fetching the emulator with npm may take, including waiting for another process fetching it. Default: 5 minutes.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets or sets a value indicating whether the <c>DYNAMODB_ENDPOINT</c>, <c>DYNAMODB_LOCAL_HOME</c>,
    /// <c>JAVA_HOME</c>, <c>XDG_CACHE_HOME</c> environment variables are read. Default: <see langword="true"/>.
    /// </summary>
    public bool UseEnvironmentVariables { get; set; } = true;

    /// <summary>Gets or sets the SHA-256 the jar must have; tests replace the pinned value to exercise the start path with a fake jar.</summary>
    internal string JarSha256 { get; set; } = DynamoDbLocal.JarSha256;

    /// <summary>Gets or sets how environment variables are read; tests replace it rather than change the process environment.</summary>
    internal Func<string, string?> GetEnvironmentVariable { get; set; } = Environment.GetEnvironmentVariable;

    /// <summary>Reads an environment variable, or returns <see langword="null"/> when it is unset, empty or not to be read.</summary>
    internal string? ReadVariable(string name)
    {
        if (!UseEnvironmentVariables)
        {
            return null;
        }

        var value = GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
