using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Resilience;

namespace Dynamo.Repositories.Query;

/// <summary>
/// Turns the AWS exception of a failed read into a <see cref="ReadFailedException"/> that names the entity type, the
/// table (and index) and what to do. The AWS SDK has already retried what it retries; reads are not retried again.
/// </summary>
internal static class ReadFailures
{
    /// <summary>
    /// Maps a failure; returns null when the exception is neither a DynamoDB nor a transport failure, or is the
    /// caller's own cancellation (those are rethrown as they are).
    /// </summary>
    /// <param name="exception">The failure.</param>
    /// <param name="entity">The metadata of the entity type read.</param>
    /// <param name="operation">The DynamoDB operation: GetItem, Query, Scan or BatchGetItem.</param>
    /// <param name="tableName">The physical table name.</param>
    /// <param name="indexName">The index queried, if any.</param>
    /// <param name="key">A description of the key read, for a read by key.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static ReadFailedException? Map(
        Exception exception, EntityMetadata entity, string operation, string tableName, string? indexName, string? key, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var subject = $"The {operation} of {entity.DisplayName}{(key is null ? string.Empty : " " + key)} on table '{tableName}'" +
            (indexName is null ? string.Empty : $", index '{indexName}',");
        return exception switch
        {
            ResourceNotFoundException => Failed(
                $"{subject} failed: the table does not exist. Create the tables (IDynamoTableManager, or CreateTablesOnStartup) or check the TablePrefix and TableSuffix options.",
                transient: false),
            ProvisionedThroughputExceededException or RequestLimitExceededException or ThrottlingException => Throttled(),
            AmazonServiceException service when FailureClassifier.IsThrottlingCode(service.ErrorCode) => Throttled(),
            _ when FailureClassifier.IsServerOrTransport(exception) => Failed(
                $"{subject} failed with server or transport errors after the AWS SDK's retries. Retry later.",
                transient: true),
            AmazonServiceException { ErrorCode: "ValidationException" } when indexName is not null && exception.Message.Contains("index", StringComparison.OrdinalIgnoreCase) => Failed(
                $"{subject} was refused: the table has no such index (ValidationException). Create the index on the table, or correct its name in the entity configuration.",
                transient: false),
            AmazonServiceException service => Failed(
                $"{subject} was refused by DynamoDB ({service.ErrorCode ?? service.GetType().Name}). The inner exception says what DynamoDB objected to.",
                transient: false),
            _ => null,
        };

        ReadFailedException Throttled()
        {
            var reasons = Telemetry.ThrottlingReasons.From(exception);
            var advice = reasons.Count == 0 ? " Retry later, or raise the table's read capacity." : Telemetry.ThrottlingReasons.Describe(reasons);
            return new($"{subject} was throttled by DynamoDB after the AWS SDK's retries.{advice}", entity.ClrType, tableName, indexName, true, key, exception, reasons);
        }

        ReadFailedException Failed(string message, bool transient) =>
            new(message, entity.ClrType, tableName, indexName, transient, key, exception);
    }

    /// <summary>Describes a key read, for messages: its key values as <c>(partition)</c> or <c>(partition, sort)</c>.</summary>
    public static string? DescribeKey(EntityMetadata entity, Dictionary<string, AttributeValue>? key)
    {
        if (key is null || !key.TryGetValue(entity.PartitionKey.AttributeName, out var partition))
        {
            return null;
        }

        return entity.SortKey is { } sort && key.TryGetValue(sort.AttributeName, out var sortValue)
            ? $"({Text(partition)}, {Text(sortValue)})"
            : $"({Text(partition)})";
    }

    private static string Text(AttributeValue value) => value.S ?? value.N ?? "(binary)";
}
