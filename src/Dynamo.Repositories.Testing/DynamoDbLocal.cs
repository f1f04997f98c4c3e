using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Dynamo.Repositories.Testing.Local;

namespace Dynamo.Repositories.Testing;

/// <summary>
/// A real DynamoDB Local for integration tests and local runs. <see cref="StartAsync"/> fetches the pinned,
/// hash-checked emulator once per machine (with npm, from the <c>amplify-dynamodb-simulator</c> package), starts it in
/// memory on a free loopback port and waits until it answers; <see cref="DisposeAsync"/> stops the whole process.
/// When <c>DYNAMODB_ENDPOINT</c> (or <see cref="DynamoDbLocalOptions.Endpoint"/>) names an endpoint, that endpoint is
/// used and nothing is started.
/// </summary>
/// <example>
/// <code>
/// await using var dynamo = await DynamoDbLocal.StartAsync();
/// using var client = dynamo.CreateClient();
/// </code>
/// </example>
public sealed class DynamoDbLocal : IAsyncDisposable
{
    /// <summary>The npm package that carries the official DynamoDB Local jar and native libraries.</summary>
    public const string PackageName = "amplify-dynamodb-simulator";

    /// <summary>The pinned version of <see cref="PackageName"/>.</summary>
    public const string PackageVersion = "2.9.30";

    /// <summary>The SHA-256 of <c>DynamoDBLocal.jar</c> in the pinned package; any other jar is refused.</summary>
    public const string JarSha256 = "454305e9bc3e6ebcca5b62569869e31563b8d7e346474e94557b2600702146c7";

    private const int StartAttempts = 3;

    private readonly EmulatorProcess? _process;

    private DynamoDbLocal(string serviceUrl, EmulatorProcess? process)
    {
        ServiceUrl = serviceUrl;
        _process = process;
    }

    /// <summary>Gets the endpoint to give to the AWS SDK, e.g. <c>http://127.0.0.1:38211</c>.</summary>
    public string ServiceUrl { get; }

    /// <summary>Gets a value indicating whether this instance uses an endpoint it did not start (from <c>DYNAMODB_ENDPOINT</c> or <see cref="DynamoDbLocalOptions.Endpoint"/>).</summary>
    public bool IsExternal => _process is null;

    /// <summary>Gets the id of the emulator process this instance started, or <see langword="null"/> when it uses an external endpoint.</summary>
    internal int? ProcessId => _process?.Id;

    /// <summary>
    /// Starts DynamoDB Local (or connects to the configured endpoint) and returns once it answers <c>ListTables</c>.
    /// </summary>
    /// <param name="options">Where to find Java, npm and the emulator; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start; a process already started is stopped.</param>
    /// <returns>The running instance; dispose it to stop the emulator.</returns>
    /// <exception cref="DynamoDbLocalException">
    /// Java is missing or older than 17, npm is missing, the jar's hash does not match, the emulator exits early, or
    /// the endpoint does not answer within <see cref="DynamoDbLocalOptions.StartTimeout"/>. The message says what to do.
    /// </exception>
    public static async Task<DynamoDbLocal> StartAsync(DynamoDbLocalOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DynamoDbLocalOptions();
        ValidateOptions(options);

        var endpoint = options.Endpoint ?? options.ReadVariable(DynamoDbLocalOptions.EndpointVariable);
        if (endpoint is not null)
        {
            return await ConnectAsync(endpoint, options, cancellationToken).ConfigureAwait(false);
        }

        var java = JavaRuntime.Locate(options);
        await JavaRuntime.EnsureSupportedAsync(java, cancellationToken).ConfigureAwait(false);
        var directory = await EmulatorInstaller.EnsureInstalledAsync(options, cancellationToken).ConfigureAwait(false);

        for (var attempt = 1; ; attempt++)
        {
            var port = options.Port != 0 ? options.Port : FreePort.Next();
            var serviceUrl = $"http://127.0.0.1:{port}";
            var process = EmulatorProcess.Start(java, options.JavaOptions, directory, port);
            try
            {
                await EndpointProbe.WaitUntilReadyAsync(serviceUrl, options.StartTimeout, process, "started by DynamoDbLocal", cancellationToken).ConfigureAwait(false);
                return new DynamoDbLocal(serviceUrl, process);
            }
            catch (EmulatorExitedException exception) when (exception.IsPortClash && options.Port == 0 && attempt < StartAttempts)
            {
                // Another process took the free port between choosing and binding it: try another one.
                await process.DisposeAsync().ConfigureAwait(false);
            }
            catch (EmulatorExitedException exception)
            {
                await process.DisposeAsync().ConfigureAwait(false);
                throw new DynamoDbLocalException($"{exception.Message}{System.Environment.NewLine}Check the Java runtime ('{java}') and the emulator folder '{directory}', or set DYNAMODB_ENDPOINT to an already-running DynamoDB.", exception);
            }
            catch
            {
                await process.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>
    /// Creates a client for <see cref="ServiceUrl"/> with dummy credentials and region <c>us-east-1</c> (DynamoDB Local
    /// accepts any). The caller disposes it.
    /// </summary>
    /// <returns>A new client.</returns>
    public IAmazonDynamoDB CreateClient() => CreateClient(ServiceUrl, timeout: null);

    /// <summary>Stops the emulator process (and any child) if this instance started it; an external endpoint is left alone.</summary>
    /// <returns>A task that completes once the process has exited.</returns>
    public ValueTask DisposeAsync() => _process?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>Creates a client for any DynamoDB Local endpoint.</summary>
    internal static AmazonDynamoDBClient CreateClient(string serviceUrl, TimeSpan? timeout)
    {
        var config = new AmazonDynamoDBConfig
        {
            ServiceURL = serviceUrl,
            AuthenticationRegion = "us-east-1",
        };
        if (timeout is { } value)
        {
            config.Timeout = value;
            config.MaxErrorRetry = 0;
        }

        return new AmazonDynamoDBClient(new BasicAWSCredentials("dynamodblocal", "dynamodblocal"), config);
    }

    private static async Task<DynamoDbLocal> ConnectAsync(string endpoint, DynamoDbLocalOptions options, CancellationToken cancellationToken)
    {
        var source = options.Endpoint is not null ? "DynamoDbLocalOptions.Endpoint" : $"from {DynamoDbLocalOptions.EndpointVariable}";
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new DynamoDbLocalException($"The endpoint '{endpoint}' ({source}) is not an absolute http or https URL, e.g. http://localhost:8000.");
        }

        var serviceUrl = uri.GetLeftPart(UriPartial.Authority);
        await EndpointProbe.WaitUntilReadyAsync(serviceUrl, options.StartTimeout, emulator: null, source, cancellationToken).ConfigureAwait(false);
        return new DynamoDbLocal(serviceUrl, process: null);
    }

    private static void ValidateOptions(DynamoDbLocalOptions options)
    {
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "DynamoDbLocalOptions.Port must be 0 (a free port) or a port number up to 65535.");
        }

        if (options.StartTimeout <= TimeSpan.Zero || options.DownloadTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "DynamoDbLocalOptions.StartTimeout and DownloadTimeout must be positive.");
        }
    }
}
