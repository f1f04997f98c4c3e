using System.Diagnostics;
using Dynamo.Repositories.Telemetry;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

/// <summary>Spans when nobody listens, and when a listener only propagates them: nothing created, nothing tagged.</summary>
[Collection(nameof(SpanSourceCollection))]
public sealed class DynamoSpansSamplingTests
{
    [Fact]
    public void Start_ReturnsNull_AndTheOtherCallsAcceptIt_WhenNothingListens()
    {
        Assert.False(DynamoInstrumentation.ActivitySource.HasListeners(), "a test of the run left a span listener open");

        var span = DynamoSpans.Start("GetItem", "Orders");
        DynamoSpans.SetOperation(span, "GetItem", ["Orders"]);
        DynamoSpans.Fail(span, new InvalidOperationException("boom"));

        Assert.Null(span);
    }

    [Fact]
    public void Start_ReturnsAnUntaggedSpan_WhenTheListenerOnlyPropagates()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DynamoTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
        };
        ActivitySource.AddActivityListener(listener);

        using var span = DynamoSpans.Start("PutItem", "Orders");
        DynamoSpans.SetOperation(span, "TransactWriteItems", ["Orders", "Customers"]);

        Assert.NotNull(span);
        Assert.False(span.IsAllDataRequested);
        Assert.Empty(span.TagObjects);
    }
}
