using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories.TestSupport;

/// <summary>One measurement recorded by an instrument, with its tags.</summary>
public sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public object? Tag(string name) => Tags.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// Listens to the library's spans and to the instruments of one meter scope (a container's <c>IMeterFactory</c>), for
/// tests. Spans are kept only when they belong to the trace of <see cref="StartRoot"/>, so tests running in parallel in
/// the same process do not see each other's spans.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private static readonly ActivitySource TestSource = new("Dynamo.Repositories.Tests");

    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();
    private ActivityTraceId _trace;

    /// <summary>Initializes a new instance of the <see cref="TelemetryCapture"/> class and starts listening.</summary>
    /// <param name="meterScope">The scope of the meters to listen to (the container's <c>IMeterFactory</c>), or null for none.</param>
    public TelemetryCapture(object? meterScope)
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is DynamoTelemetry.ActivitySourceName or "Dynamo.Repositories.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == _trace && activity.Source.Name == DynamoTelemetry.ActivitySourceName)
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (meterScope is not null && ReferenceEquals(instrument.Meter.Scope, meterScope))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        _meters.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        _meters.SetMeasurementEventCallback<int>((i, v, t, _) => Record(i, v, t));
        _meters.Start();
    }

    /// <summary>Gets the library's spans of the root's trace, in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans => [.. _spans];

    /// <summary>Gets every measurement recorded, in order.</summary>
    public IReadOnlyList<RecordedMeasurement> Measurements => [.. _measurements];

    /// <summary>Starts the root span under which the test's operations run; dispose it to end it.</summary>
    public Activity StartRoot(string name)
    {
        var root = TestSource.StartActivity(name) ?? throw new InvalidOperationException("The test source has no listener.");
        _trace = root.TraceId;
        return root;
    }

    /// <summary>Returns the measurements of one instrument.</summary>
    public IReadOnlyList<RecordedMeasurement> Of(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    /// <summary>Returns every string in every span tag, measurement tag and given text, to look for values that must not be there.</summary>
    public IEnumerable<string> AllText() =>
        _spans.SelectMany(s => new[] { s.DisplayName, s.StatusDescription ?? string.Empty }
                .Concat(s.TagObjects.SelectMany(t => new[] { t.Key }.Concat(Texts(t.Value))))
                .Concat(s.Events.Select(e => e.Name)))
            .Concat(_measurements.SelectMany(m => m.Tags.SelectMany(t => new[] { t.Key }.Concat(Texts(t.Value)))));

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private static IEnumerable<string> Texts(object? value) => value switch
    {
        null => [],
        string text => [text],
        System.Collections.IEnumerable items => items.Cast<object?>().Select(i => Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
        _ => [Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty],
    };

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new RecordedMeasurement(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copy));
    }
}
