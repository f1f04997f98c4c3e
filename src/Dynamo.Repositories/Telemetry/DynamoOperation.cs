using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Telemetry;

/// <summary>
/// One logical operation of a pipeline (a commit, a specification read with all its pages, a batch get, a bulk write,
/// a table creation): its span, its duration, its retries and how it ended. <c>Start</c> returns null when
/// nobody listens to the source or to any instrument, so callers use <c>?.</c> and pay nothing then.
/// </summary>
internal sealed class DynamoOperation
{
    private readonly DynamoInstrumentation _instrumentation;
    private readonly long _started;
    private string _operation;
    private string? _table;
    private bool _ended;

    private DynamoOperation(DynamoInstrumentation instrumentation, Activity? activity, string operation, string? table)
    {
        _instrumentation = instrumentation;
        Activity = activity;
        _operation = operation;
        _table = table;
        _started = instrumentation.StartTimestamp();
    }

    /// <summary>Gets or sets how to find the table of the item at fault in a failure (a commit sets it once prepared).</summary>
    public Func<Exception, string?>? FaultTable { get; set; }

    /// <summary>Gets the span, or null when nobody samples it.</summary>
    public Activity? Activity { get; }

    /// <summary>Starts an operation, or returns null when nothing listens.</summary>
    /// <param name="instrumentation">The container's instrumentation.</param>
    /// <param name="operation">The DynamoDB operation, e.g. <c>Query</c>.</param>
    /// <param name="table">The physical table name, when there is exactly one.</param>
    /// <param name="index">The secondary index read, if any.</param>
    /// <param name="entityType">The mapped entity type, if any.</param>
    /// <param name="name">A span name instead of <c>"{operation} {table}"</c>, e.g. <c>SaveChanges</c>.</param>
    public static DynamoOperation? Start(DynamoInstrumentation instrumentation, string operation, string? table, string? index = null, Type? entityType = null, string? name = null)
    {
        if (!instrumentation.IsActive)
        {
            return null;
        }

        return new DynamoOperation(instrumentation, DynamoSpans.Start(operation, table, index, entityType, name), operation, table);
    }

    /// <summary>Starts an operation with the instrumentation of the container the executor belongs to.</summary>
    public static DynamoOperation? Start(IDynamoExecutor executor, string operation, string? table, string? index = null, Type? entityType = null, string? name = null) =>
        Start(DynamoInstrumentation.Of(executor), operation, table, index, entityType, name);

    /// <summary>Ends <paramref name="operation"/> (if any) with <paramref name="failure"/>; returns false, for use as an exception filter that does not catch.</summary>
    public static bool Failed(DynamoOperation? operation, Exception failure)
    {
        operation?.Fail(failure);
        return false;
    }

    /// <summary>
    /// Makes the span the current one in the calling async method, so that the requests sent next (and the executor's
    /// per-page figures) belong to it; an async method's change of the current span does not reach its caller.
    /// </summary>
    public void Enter()
    {
        if (Activity is not null)
        {
            Activity.Current = Activity;
        }
    }

    /// <summary>Sets a tag on the span (counts, plan kind), when it records data.</summary>
    public void Tag(string name, object? value)
    {
        if (Activity is { IsAllDataRequested: true })
        {
            Activity.SetTag(name, value);
        }
    }

    /// <summary>Sets the DynamoDB operation and tables once known (a commit learns them when it is prepared).</summary>
    public void SetOperation(string operation, IReadOnlyCollection<string> tables)
    {
        _operation = operation;
        _table = tables.Count == 1 ? tables.First() : null;
        DynamoSpans.SetOperation(Activity, operation, tables);
    }

    /// <summary>Records the number of actions a commit sends, on the span and in the commit actions metric.</summary>
    public void SetActions(int actions)
    {
        Tag(DynamoAttributes.CommitActions, actions);
        _instrumentation.RecordCommitActions(actions, _operation);
    }

    /// <summary>Counts one retry the library makes after <paramref name="failure"/>, by reason.</summary>
    public void Retrying(Exception failure)
    {
        _instrumentation.RecordRetry(RetryReasonOf(failure), _operation);
        DynamoSpans.Increment(Activity, DynamoAttributes.Retries);
    }

    /// <summary>Counts one retry of items or keys a batch call left unprocessed.</summary>
    public void RetryingUnprocessed()
    {
        _instrumentation.RecordRetry(RetryReasons.Unprocessed, _operation);
        DynamoSpans.Increment(Activity, DynamoAttributes.Retries);
    }

    /// <summary>Ends the operation successfully.</summary>
    public void Complete()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        _instrumentation.RecordDuration(_started, _operation, _table);
        Activity?.Dispose();
    }

    /// <summary>Ends the operation with a failure: error status and type, and a conflict counted when it is one.</summary>
    /// <param name="failure">The exception thrown to the caller.</param>
    /// <param name="faultTable">The table of the write at fault, when known.</param>
    public void Fail(Exception failure, string? faultTable = null)
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        if (ConflictKindOf(failure) is { } kind)
        {
            _instrumentation.RecordConflict(faultTable ?? FaultTable?.Invoke(failure) ?? _table, kind);
        }

        DynamoSpans.Fail(Activity, failure);
        _instrumentation.RecordDuration(_started, _operation, _table, failure);
        Activity?.Dispose();
    }

    /// <summary>Returns the retry reason tag of a failure.</summary>
    internal static string RetryReasonOf(Exception failure) => failure switch
    {
        TransactionCanceledException canceled when canceled.CancellationReasons?.Exists(r => r.Code == "TransactionConflict") == true => RetryReasons.Conflict,
        TransactionCanceledException => RetryReasons.Throttling,
        TransactionConflictException or TransactionInProgressException => RetryReasons.Conflict,
        ProvisionedThroughputExceededException or RequestLimitExceededException or ThrottlingException => RetryReasons.Throttling,
        AmazonServiceException { ErrorCode: "ThrottlingException" or "Throttling" } => RetryReasons.Throttling,
        _ => RetryReasons.Unavailable,
    };

    /// <summary>Returns the conflict kind of a failure, or null when it is not a conflict.</summary>
    internal static string? ConflictKindOf(Exception failure) => failure switch
    {
        ConditionCheckFailedException => "check",
        ConcurrencyConflictException { StoredVersion: not null } => "version",
        ConcurrencyConflictException => "exists",
        TransactionContentionException => "transaction",
        _ => null,
    };
}
