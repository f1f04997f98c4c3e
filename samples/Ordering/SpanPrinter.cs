using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Dynamo.Repositories.Telemetry;

namespace Ordering;

/// <summary>
/// Listens to the library's spans (the <c>Dynamo.Repositories</c> activity source) and prints the tree under a root span
/// of the sample, so a reader sees the trace of a unit of work. A real application would export them with OpenTelemetry
/// (<c>AddSource(DynamoTelemetry.ActivitySourceName)</c>); this keeps the sample free of an exporter.
/// </summary>
internal sealed class SpanPrinter : IDisposable
{
    private static readonly ActivitySource Source = new("Ordering");
    private static readonly string[] ShownTags =
    [
        "db.operation.name", "aws.dynamodb.table_names", "aws.dynamodb.index_name", "dynamo_repositories.commit.actions",
        "dynamo_repositories.pages", "aws.dynamodb.count", "dynamo_repositories.retries", "aws.dynamodb.consumed_capacity", "error.type",
    ];

    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _ended = new();

    public SpanPrinter(bool printEverySpan, TextWriter output)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is DynamoTelemetry.ActivitySourceName or "Ordering",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                _ended.Enqueue(activity);
                if (printEverySpan && activity.Source.Name == DynamoTelemetry.ActivitySourceName)
                {
                    output.WriteLine($"[span] {Describe(activity)}");
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Starts a root span of the sample; the library's spans started under it become its children.</summary>
    public static Activity? StartRoot(string name) => Source.StartActivity(name);

    /// <summary>Prints the ended root and every span under it, indented by depth.</summary>
    public void Print(Activity root, TextWriter output)
    {
        var spans = _ended.Where(a => a.TraceId == root.TraceId).ToList();
        Print(root, spans, 0, output);
    }

    public void Dispose() => _listener.Dispose();

    private static void Print(Activity span, List<Activity> spans, int depth, TextWriter output)
    {
        output.WriteLine($"{new string(' ', 2 + (depth * 2))}{Describe(span)}");
        foreach (var child in spans.Where(s => s.ParentSpanId == span.SpanId).OrderBy(s => s.StartTimeUtc))
        {
            Print(child, spans, depth + 1, output);
        }
    }

    private static string Describe(Activity span)
    {
        var tags = ShownTags
            .Select(name => (name, value: span.GetTagItem(name)))
            .Where(t => t.value is not null)
            .Select(t => $"{t.name}={(t.value is string[] items ? "[" + string.Join(", ", items) + "]" : Convert.ToString(t.value, CultureInfo.InvariantCulture))}");
        var status = span.Status == ActivityStatusCode.Error ? $" ERROR {span.StatusDescription}" : string.Empty;
        return $"{span.DisplayName} ({span.Duration.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms){status} {string.Join(" ", tags)}".TrimEnd();
    }
}
