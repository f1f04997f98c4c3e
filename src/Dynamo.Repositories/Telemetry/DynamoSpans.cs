using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Telemetry;

/// <summary>
/// Starts the library's logical spans (above the AWS SDK's per-request spans) with the OpenTelemetry database and
/// AWS DynamoDB attributes, and ends them with an error status. Nothing is allocated when nobody listens; no key or
/// attribute value is ever set, and a failure is described by its exception type only (messages name keys).
/// </summary>
internal static class DynamoSpans
{
    /// <summary>Starts a span, or returns null when nobody listens.</summary>
    /// <param name="operation">The DynamoDB operation, e.g. <c>Query</c>; the span is named <c>"{operation} {table}"</c>.</param>
    /// <param name="table">The physical table name, when the operation has exactly one.</param>
    /// <param name="index">The secondary index read, if any.</param>
    /// <param name="entityType">The mapped entity type, if any.</param>
    /// <param name="name">A span name instead of the operation's, e.g. <c>SaveChanges</c>.</param>
    public static Activity? Start(string operation, string? table, string? index = null, Type? entityType = null, string? name = null)
    {
        var source = DynamoInstrumentation.ActivitySource;
        if (!source.HasListeners())
        {
            return null;
        }

        var activity = source.StartActivity(name ?? (table is null ? operation : string.Concat(operation, " ", table)), ActivityKind.Internal);
        if (activity is not { IsAllDataRequested: true })
        {
            return activity;
        }

        activity.SetTag(DynamoAttributes.DbSystemName, DynamoAttributes.SystemName);
        activity.SetTag(DynamoAttributes.DbOperationName, operation);
        if (table is not null)
        {
            activity.SetTag(DynamoAttributes.DbCollectionName, table);
            activity.SetTag(DynamoAttributes.TableNames, new[] { table });
        }

        activity.SetTag(DynamoAttributes.IndexName, index);
        activity.SetTag(DynamoAttributes.EntityType, entityType?.Name);
        return activity;
    }

    /// <summary>Sets the operation and tables once known (a commit learns them when it is prepared).</summary>
    public static void SetOperation(Activity? activity, string operation, IReadOnlyCollection<string> tables)
    {
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        activity.SetTag(DynamoAttributes.DbOperationName, operation);
        activity.SetTag(DynamoAttributes.TableNames, tables.ToArray());
        activity.SetTag(DynamoAttributes.DbCollectionName, tables.Count == 1 ? tables.First() : null);
    }

    /// <summary>Marks the span failed with the exception's type (never its message, which may name a key).</summary>
    public static void Fail(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        activity.SetTag(DynamoAttributes.ErrorType, exception.GetType().FullName);
    }

    /// <summary>Adds a count to an integer attribute (pages, items, retries), starting from zero.</summary>
    public static void Increment(Activity? activity, string attribute, int by = 1)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(attribute, (activity.GetTagItem(attribute) is int current ? current : 0) + by);
        }
    }

    /// <summary>Appends one consumed capacity to <c>aws.dynamodb.consumed_capacity</c> (a JSON object per response, per the conventions).</summary>
    public static void AddConsumedCapacity(Activity? activity, ConsumedCapacity capacity)
    {
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        var json = string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"TableName\":\"{capacity.TableName}\",\"CapacityUnits\":{capacity.CapacityUnits ?? 0},\"ReadCapacityUnits\":{capacity.ReadCapacityUnits ?? 0},\"WriteCapacityUnits\":{capacity.WriteCapacityUnits ?? 0}}}");
        var existing = activity.GetTagItem(DynamoAttributes.ConsumedCapacity) as string[] ?? [];
        activity.SetTag(DynamoAttributes.ConsumedCapacity, (string[])[.. existing, json]);
    }
}
