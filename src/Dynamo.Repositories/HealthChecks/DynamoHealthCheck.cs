using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories.HealthChecks;

/// <summary>
/// Checks the mapped tables with DescribeTable and DescribeTimeToLive (never ListTables, so read access to the
/// tables' descriptions is all it needs): healthy when every table is ACTIVE and matches the model, degraded on a
/// difference (missing index, TTL off...), the failure status when DynamoDB does not answer in time or a table is
/// missing. Event ids 1300–1399.
/// </summary>
internal sealed partial class DynamoHealthCheck(DynamoTableManager tables, TableNameResolver tableNames, DynamoHealthCheckOptions options, ILogger<DynamoHealthCheck> logger)
    : IHealthCheck
{
    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var wanted = options.Tables.SelectMany(t => new[] { t, tableNames.Resolve(t) }).ToHashSet(StringComparer.Ordinal);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        IReadOnlyList<TableDifference> differences;
        try
        {
            differences = await tables.DescribeDifferencesAsync(name => wanted.Count == 0 || wanted.Contains(name), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Unreachable (transport errors), refused (credentials, permissions) or too slow: all mean "not usable now".
            var cause = exception is DynamoTableException { InnerException: { } inner } ? inner : exception;
            LogCheckFailed(logger, cause.GetType().Name);
            var description = exception is OperationCanceledException
                ? $"DynamoDB did not answer within {options.Timeout:c}."
                : $"DynamoDB could not be reached or refused DescribeTable ({cause.GetType().Name}).";
            return new HealthCheckResult(options.FailureStatus, description, exception);
        }

        var data = differences.GroupBy(d => d.TableName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (object)g.Select(d => d.Message).ToArray(), StringComparer.Ordinal);
        if (differences.Count == 0)
        {
            return HealthCheckResult.Healthy("Every checked DynamoDB table is ACTIVE and matches the model.");
        }

        var missing = differences.Where(d => d.Kind == TableDifferenceKind.MissingTable).Select(d => d.TableName).ToList();
        if (missing.Count > 0)
        {
            LogTablesMissing(logger, missing.Count);
            return new HealthCheckResult(options.FailureStatus, $"Missing DynamoDB tables: {string.Join(", ", missing)}.", data: data);
        }

        LogTablesDiffer(logger, differences.Count);
        return HealthCheckResult.Degraded(
            $"DynamoDB tables differ from the model: {string.Join("; ", differences.Select(d => $"{d.TableName} {d.Kind}"))}.", data: data);
    }

    [LoggerMessage(1300, LogLevel.Warning, "DynamoDB health check failed: {ErrorType}.")]
    private static partial void LogCheckFailed(ILogger logger, string errorType);

    [LoggerMessage(1301, LogLevel.Warning, "DynamoDB health check: {Count} configured tables are missing.")]
    private static partial void LogTablesMissing(ILogger logger, int count);

    [LoggerMessage(1302, LogLevel.Information, "DynamoDB health check: {Count} differences between the tables and the model.")]
    private static partial void LogTablesDiffer(ILogger logger, int count);
}
