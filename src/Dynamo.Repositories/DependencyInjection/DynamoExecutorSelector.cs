using Amazon.DynamoDBv2;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Wire;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories.DependencyInjection;

/// <summary>
/// Chooses the path of a container's requests once, when its executor is built: the direct wire path when the option
/// allows it and the client is an <see cref="AmazonDynamoDBClient"/> it can stand in for, otherwise the SDK client's
/// pipeline. The choice and its reason are logged.
/// </summary>
internal static partial class DynamoExecutorSelector
{
    /// <summary>The log category of the choice.</summary>
    public const string LogCategory = "Dynamo.Repositories.Wire";

    /// <summary>
    /// The process-wide <see cref="AppContext"/> switch that, set to false (e.g. a <c>RuntimeHostConfigurationOption</c>
    /// in the project file, or runtimeconfig.json), keeps every container of the process on the SDK path.
    /// </summary>
    public const string AppContextSwitch = "Dynamo.Repositories.UseWirePath";

    /// <summary>Returns the executor of the container's requests.</summary>
    public static IDynamoExecutor Create(IAmazonDynamoDB client, DynamoRepositoryOptions options, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var logger = loggerFactory.CreateLogger(LogCategory);
        if (!options.UseWirePath)
        {
            LogSdkPath(logger, "the option UseWirePath is false");
            return new SdkExecutor(client);
        }

        if (AppContext.TryGetSwitch(AppContextSwitch, out var enabled) && !enabled)
        {
            LogSdkPath(logger, $"the AppContext switch {AppContextSwitch} is false");
            return new SdkExecutor(client);
        }

        if (WireExecutorFactory.TryCreate(client, options.RetryBaseDelay, time, out var reason) is { } wire)
        {
            LogWirePath(logger, wire.Endpoint);
            return wire;
        }

        LogSdkPath(logger, reason);
        return new SdkExecutor(client);
    }

    [LoggerMessage(1010, LogLevel.Information, "Dynamo.Repositories sends its requests to {Endpoint} on the direct wire path (the AWS SDK client supplies configuration and credentials).")]
    private static partial void LogWirePath(ILogger logger, Uri endpoint);

    [LoggerMessage(1011, LogLevel.Information, "Dynamo.Repositories sends its requests through the AWS SDK client's pipeline: {Reason}.")]
    private static partial void LogSdkPath(ILogger logger, string reason);
}
