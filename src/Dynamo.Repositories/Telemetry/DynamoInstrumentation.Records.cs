using System.Diagnostics;

namespace Dynamo.Repositories.Telemetry;

/// <summary>Recording helpers: each returns at once when its instrument has no listener.</summary>
internal sealed partial class DynamoInstrumentation
{
    /// <summary>Records the duration of a logical operation since <paramref name="startTimestamp"/> (from <see cref="Stopwatch.GetTimestamp"/>).</summary>
    /// <param name="startTimestamp">When the operation started; 0 when nobody listened then, and nothing is recorded.</param>
    /// <param name="operation">The DynamoDB operation name.</param>
    /// <param name="table">The physical table name, when the operation has one.</param>
    /// <param name="error">The failure, if the operation failed.</param>
    public void RecordDuration(long startTimestamp, string operation, string? table, Exception? error = null)
    {
        if (startTimestamp == 0 || !OperationDuration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { DynamoAttributes.DbSystemName, DynamoAttributes.SystemName },
            { DynamoAttributes.DbOperationName, operation },
        };
        if (table is not null)
        {
            tags.Add(DynamoAttributes.DbCollectionName, table);
        }

        if (error is not null)
        {
            tags.Add(DynamoAttributes.ErrorType, error.GetType().FullName);
        }

        OperationDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tags);
    }

    /// <summary>Returns a start timestamp for <see cref="RecordDuration"/>, or 0 when nobody listens to the duration.</summary>
    public long StartTimestamp() => OperationDuration.Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Records the number of actions a commit sent.</summary>
    public void RecordCommitActions(int actions, string operation)
    {
        if (CommitActions.Enabled)
        {
            CommitActions.Record(actions, new KeyValuePair<string, object?>(DynamoAttributes.DbOperationName, operation));
        }
    }

    /// <summary>Counts one retry made by the library.</summary>
    /// <param name="reason">One of <see cref="RetryReasons"/>.</param>
    /// <param name="operation">The DynamoDB operation retried.</param>
    public void RecordRetry(string reason, string operation)
    {
        if (Retries.Enabled)
        {
            Retries.Add(1, new(DynamoAttributes.RetryReason, reason), new(DynamoAttributes.DbOperationName, operation));
        }
    }

    /// <summary>Counts one refused commit: a concurrency conflict or a failed check.</summary>
    /// <param name="table">The table of the write at fault, if known.</param>
    /// <param name="kind"><c>version</c>, <c>exists</c>, <c>check</c> or <c>transaction</c>.</param>
    public void RecordConflict(string? table, string kind)
    {
        if (Conflicts.Enabled)
        {
            Conflicts.Add(1, new(DynamoAttributes.DbCollectionName, table), new(DynamoAttributes.ConflictKind, kind));
        }
    }

    /// <summary>Counts one throttled response for each of its reasons (or once as <c>unknown</c>).</summary>
    /// <param name="exception">The AWS exception of the throttled response.</param>
    /// <param name="operation">The DynamoDB operation throttled.</param>
    /// <param name="table">The table the request was sent to, used when DynamoDB names no resource.</param>
    public void RecordThrottle(Exception exception, string operation, string? table)
    {
        if (!Throttles.Enabled)
        {
            return;
        }

        var reasons = ThrottlingReasons.From(exception);
        if (reasons.Count == 0)
        {
            Throttles.Add(1, Throttle(operation, ThrottlingReasons.Unknown, table, null));
            return;
        }

        foreach (var reason in reasons)
        {
            Throttles.Add(1, Throttle(operation, reason.Reason, reason.TableName ?? table, reason.IndexName));
        }
    }

    /// <summary>Counts the items one page read before and after its filter (how much a filter wastes).</summary>
    public void RecordItems(string operation, string table, string? index, int scanned, int returned)
    {
        if (!ItemsScanned.Enabled && !ItemsReturned.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { DynamoAttributes.DbOperationName, operation },
            { DynamoAttributes.DbCollectionName, table },
            { DynamoAttributes.IndexName, index },
        };
        ItemsScanned.Add(scanned, tags);
        ItemsReturned.Add(returned, tags);
    }

    private static TagList Throttle(string operation, string reason, string? table, string? index) => new()
    {
        { DynamoAttributes.DbOperationName, operation },
        { DynamoAttributes.ThrottlingReason, reason },
        { DynamoAttributes.DbCollectionName, table },
        { DynamoAttributes.IndexName, index },
    };
}
