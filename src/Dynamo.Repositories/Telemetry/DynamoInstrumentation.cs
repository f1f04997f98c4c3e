using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Dynamo.Repositories.Telemetry;

/// <summary>
/// The library's <see cref="ActivitySource"/> and its instruments on a <see cref="Meter"/> created through the
/// container's <see cref="IMeterFactory"/> (one per container, so two hosts in one process keep their figures apart).
/// Every recording checks first whether anyone listens, so instrumentation costs nothing when nobody does.
/// </summary>
internal sealed partial class DynamoInstrumentation
{
    /// <summary>The informational version of this assembly, e.g. <c>1.0.0+abc123</c>: the version of the source and the meter.</summary>
    public static readonly string Version =
        typeof(DynamoInstrumentation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DynamoInstrumentation).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>The source of every span of the library (spans are process-wide by design; metrics are per container).</summary>
    public static readonly ActivitySource ActivitySource = new(DynamoTelemetry.ActivitySourceName, Version);

    private static readonly Lazy<DynamoInstrumentation> Unregistered = new(() => new DynamoInstrumentation(new Meter(DynamoTelemetry.MeterName, Version)));

    /// <summary>Initializes a new instance of the <see cref="DynamoInstrumentation"/> class with a meter from <paramref name="meterFactory"/>.</summary>
    /// <param name="meterFactory">The container's meter factory, which owns and disposes the meter.</param>
    public DynamoInstrumentation(IMeterFactory meterFactory)
        : this(Create(meterFactory))
    {
    }

    private DynamoInstrumentation(Meter meter)
    {
        Meter = meter;
        OperationDuration = meter.CreateHistogram(
            "db.client.operation.duration",
            unit: "s",
            description: "Duration of the library's logical DynamoDB operations (a commit, a specification read with all its pages, a batch).",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10] });
        CommitActions = meter.CreateHistogram<int>("dynamo_repositories.commit.actions", unit: "{action}", description: "Actions sent per commit.");
        Retries = meter.CreateCounter<long>("dynamo_repositories.retries", unit: "{retry}", description: "Retries made by the library (not the SDK's), by reason.");
        Conflicts = meter.CreateCounter<long>("dynamo_repositories.conflicts", unit: "{conflict}", description: "Commits refused for a concurrency conflict or a failed check.");
        Throttles = meter.CreateCounter<long>("dynamo_repositories.throttles", unit: "{throttle}", description: "Throttled responses, by DynamoDB's throttling reason.");
        ItemsScanned = meter.CreateCounter<long>("dynamo_repositories.items.scanned", unit: "{item}", description: "Items DynamoDB read before the filter expression.");
        ItemsReturned = meter.CreateCounter<long>("dynamo_repositories.items.returned", unit: "{item}", description: "Items returned after the filter expression.");
        ConsumedReadCapacity = meter.CreateCounter<double>("dynamo_repositories.consumed.read_capacity", unit: "{capacity_unit}", description: "Read capacity units consumed (ReturnConsumedCapacity on).");
        ConsumedWriteCapacity = meter.CreateCounter<double>("dynamo_repositories.consumed.write_capacity", unit: "{capacity_unit}", description: "Write capacity units consumed (ReturnConsumedCapacity on).");
    }

    /// <summary>Gets an instance for code built without a container (tests, benchmarks): its meter is not the container's.</summary>
    public static DynamoInstrumentation None => Unregistered.Value;

    /// <summary>
    /// Gets a value indicating whether anything listens: the span source or any instrument. Checked before any work,
    /// so that the instrumentation costs a few field reads when nothing does.
    /// </summary>
    public bool IsActive =>
        ActivitySource.HasListeners() || OperationDuration.Enabled || CommitActions.Enabled || Retries.Enabled || Conflicts.Enabled
        || Throttles.Enabled || ItemsScanned.Enabled || ItemsReturned.Enabled || ConsumedReadCapacity.Enabled || ConsumedWriteCapacity.Enabled;

    /// <summary>Returns the instrumentation of the container an executor belongs to, or <see cref="None"/>.</summary>
    public static DynamoInstrumentation Of(Execution.IDynamoExecutor executor) => (executor as TelemetryExecutor)?.Instrumentation ?? None;

    /// <summary>Gets the meter of the instruments.</summary>
    public Meter Meter { get; }

    /// <summary>Gets <c>db.client.operation.duration</c>, in seconds.</summary>
    public Histogram<double> OperationDuration { get; }

    /// <summary>Gets <c>dynamo_repositories.commit.actions</c>.</summary>
    public Histogram<int> CommitActions { get; }

    /// <summary>Gets <c>dynamo_repositories.retries</c>.</summary>
    public Counter<long> Retries { get; }

    /// <summary>Gets <c>dynamo_repositories.conflicts</c>.</summary>
    public Counter<long> Conflicts { get; }

    /// <summary>Gets <c>dynamo_repositories.throttles</c>.</summary>
    public Counter<long> Throttles { get; }

    /// <summary>Gets <c>dynamo_repositories.items.scanned</c>.</summary>
    public Counter<long> ItemsScanned { get; }

    /// <summary>Gets <c>dynamo_repositories.items.returned</c>.</summary>
    public Counter<long> ItemsReturned { get; }

    /// <summary>Gets <c>dynamo_repositories.consumed.read_capacity</c>.</summary>
    public Counter<double> ConsumedReadCapacity { get; }

    /// <summary>Gets <c>dynamo_repositories.consumed.write_capacity</c>.</summary>
    public Counter<double> ConsumedWriteCapacity { get; }

    private static Meter Create(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        return meterFactory.Create(new MeterOptions(DynamoTelemetry.MeterName) { Version = Version });
    }
}
