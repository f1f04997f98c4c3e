using Dynamo.Repositories.HealthChecks;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories;

/// <summary>Adds the DynamoDB health check to <c>services.AddHealthChecks()</c>.</summary>
public static class DynamoHealthChecksBuilderExtensions
{
    // The check bounds itself (and says so); the registration's own timeout is only a backstop behind it.
    private static readonly TimeSpan BackstopMargin = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Adds a health check over the container's DynamoDB client and mapped tables (DescribeTable and DescribeTimeToLive;
    /// no ListTables): healthy when every table is ACTIVE and matches the model, degraded on a difference (a missing
    /// index, time to live off, another billing mode...), <see cref="DynamoHealthCheckOptions.FailureStatus"/> when
    /// DynamoDB is unreachable, a table is missing, or the check exceeds <see cref="DynamoHealthCheckOptions.Timeout"/>.
    /// Needs <c>AddDynamoRepositories</c> on the same services.
    /// </summary>
    /// <param name="builder">The health checks builder from <c>services.AddHealthChecks()</c>.</param>
    /// <param name="configure">Sets the name, tables, tags, timeout and failure status.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IHealthChecksBuilder AddDynamoRepositories(this IHealthChecksBuilder builder, Action<DynamoHealthCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new DynamoHealthCheckOptions();
        configure?.Invoke(options);
        if (options.Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(configure), options.Timeout, "DynamoHealthCheckOptions.Timeout must be positive, e.g. 00:00:05.");
        }

        return builder.Add(new HealthCheckRegistration(
            options.Name,
            sp => new DynamoHealthCheck(
                ActivatorUtilities.CreateInstance<DynamoTableManager>(sp),
                sp.GetRequiredService<TableNameResolver>(),
                options,
                sp.GetRequiredService<ILogger<DynamoHealthCheck>>()),
            options.FailureStatus,
            options.Tags,
            options.Timeout + BackstopMargin));
    }
}
