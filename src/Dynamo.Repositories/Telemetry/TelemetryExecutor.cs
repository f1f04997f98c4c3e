using System.Diagnostics;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Options;

namespace Dynamo.Repositories.Telemetry;

/// <summary>
/// Decorates the executor through which every request goes with what each response tells: the consumed capacity (asked
/// for with <see cref="DynamoRepositoryOptions.ReturnConsumedCapacity"/>), the items a page read before and after its
/// filter, and every throttled response with its reasons. The figures go to the metrics and onto the logical span in
/// progress. When nothing listens and capacity is not asked for, each call goes straight to the inner executor.
/// </summary>
internal sealed partial class TelemetryExecutor : IDynamoExecutor, IDisposable
{
    private readonly IDynamoExecutor _inner;
    private readonly ReturnConsumedCapacity? _capacity;

    /// <summary>Initializes a new instance of the <see cref="TelemetryExecutor"/> class.</summary>
    /// <param name="inner">The executor that sends the requests.</param>
    /// <param name="instrumentation">The container's instrumentation.</param>
    /// <param name="capacity">Whether requests ask for their consumed capacity.</param>
    public TelemetryExecutor(IDynamoExecutor inner, DynamoInstrumentation instrumentation, DynamoConsumedCapacity capacity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(instrumentation);
        _inner = inner;
        Instrumentation = instrumentation;
        _capacity = DynamoInstrumentation.ToRequest(capacity);
    }

    /// <summary>Gets the instrumentation, for the pipelines' logical operations.</summary>
    public DynamoInstrumentation Instrumentation { get; }

    /// <summary>Gets the executor decorated.</summary>
    public IDynamoExecutor Inner => _inner;

    /// <summary>Disposes the decorated executor when it holds resources (the wire executor's HTTP client).</summary>
    public void Dispose() => (_inner as IDisposable)?.Dispose();

    private bool Observing => _capacity is not null || Instrumentation.IsActive;

    /// <summary>Gets the library's span in progress, if the current one is one.</summary>
    private static Activity? Span => Activity.Current is { Source.Name: DynamoTelemetry.ActivitySourceName } current ? current : null;

    private async Task<TResponse> ObserveAsync<TResponse>(Task<TResponse> sending, string operation, string? table, Action<TResponse> onResponse)
    {
        try
        {
            var response = await sending.ConfigureAwait(false);
            onResponse(response);
            return response;
        }
        catch (Exception exception) when (Throttled(exception, operation, table))
        {
            throw; // never reached: the filter records and declines
        }
    }

    private bool Throttled(Exception exception, string operation, string? table)
    {
        if (IsThrottling(exception))
        {
            Instrumentation.RecordThrottle(exception, operation, table);
        }

        return false;
    }

    private static bool IsThrottling(Exception exception) => exception switch
    {
        ProvisionedThroughputExceededException or RequestLimitExceededException or ThrottlingException => true,
        TransactionCanceledException canceled => canceled.CancellationReasons?.Exists(r => r.Code is "ThrottlingError" or "ProvisionedThroughputExceeded" or "RequestLimitExceeded") == true,
        Amazon.Runtime.AmazonServiceException service => service.ErrorCode is "ThrottlingException" or "Throttling",
        _ => false,
    };

    private void Page(string operation, string table, string? index, int? count, int? scanned, ConsumedCapacity? capacity)
    {
        var span = Span;
        Instrumentation.RecordItems(operation, table, index, scanned ?? count ?? 0, count ?? 0);
        DynamoSpans.Increment(span, DynamoAttributes.Pages);
        DynamoSpans.Increment(span, DynamoAttributes.Count, count ?? 0);
        DynamoSpans.Increment(span, DynamoAttributes.ScannedCount, scanned ?? count ?? 0);
        Instrumentation.RecordConsumedCapacity(capacity, write: false, span);
    }
}
