using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories.DependencyInjection;

/// <summary>
/// What start-up reports: which client is used and, when the host registered its own <c>IAmazonDynamoDB</c>, the
/// client options of ours that it ignores. Event ids 1000–1099 (see README "Operations"); option names only, no values.
/// </summary>
internal static partial class DynamoStartupChecks
{
    /// <summary>The logger category of start-up.</summary>
    public const string Category = "Dynamo.Repositories.Startup";

    /// <summary>Resolves the client and logs the start-up summary, warning about client options the host's client ignores.</summary>
    public static void Report(IServiceProvider services, DynamoRepositoryOptions options, EntityModel model)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        var fromOptions = services.GetRequiredService<DynamoClientSource>().CreatedFromOptions;
        LogStarted(logger, model.Entities.Count, model.Entities.Select(e => e.TableName).Distinct(StringComparer.Ordinal).Count(), fromOptions ? "the options" : "the host's registration");
        if (fromOptions)
        {
            return;
        }

        var prefix = services.GetService<DynamoRegistration>()?.OptionsKeyPrefix ?? string.Empty;
        var ignored = IgnoredClientOptions(options);
        if (ignored.Count > 0)
        {
            LogClientOptionsIgnored(logger, string.Join(", ", ignored.Select(o => prefix + o)));
        }
    }

    /// <summary>Returns the client options set to something other than their default, which a host-registered client ignores.</summary>
    public static IReadOnlyList<string> IgnoredClientOptions(DynamoRepositoryOptions options)
    {
        var defaults = new DynamoRepositoryOptions();
        var ignored = new List<string>();
        AddIf(options.ServiceUrl is not null, nameof(options.ServiceUrl));
        AddIf(options.Region is not null, nameof(options.Region));
        AddIf(options.Timeout != defaults.Timeout, nameof(options.Timeout));
        AddIf(options.MaxRetryAttempts != defaults.MaxRetryAttempts, nameof(options.MaxRetryAttempts));
        AddIf(options.RetryMode != defaults.RetryMode, nameof(options.RetryMode));
        return ignored;

        void AddIf(bool set, string name)
        {
            if (set)
            {
                ignored.Add(name);
            }
        }
    }

    [LoggerMessage(1000, LogLevel.Information, "Dynamo.Repositories ready: {EntityCount} entity types on {TableCount} tables; DynamoDB client from {ClientSource}.")]
    private static partial void LogStarted(ILogger logger, int entityCount, int tableCount, string clientSource);

    [LoggerMessage(
        1001,
        LogLevel.Warning,
        "The host registered its own IAmazonDynamoDB (e.g. AddAWSService<IAmazonDynamoDB>()), so these client options are ignored: {IgnoredOptions}. Configure the host's client instead (e.g. the \"AWS\" section read by GetAWSOptions()), or remove them.")]
    private static partial void LogClientOptionsIgnored(ILogger logger, string ignoredOptions);
}
