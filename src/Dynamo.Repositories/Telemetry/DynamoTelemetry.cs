namespace Dynamo.Repositories.Telemetry;

/// <summary>
/// The names to subscribe to: <c>tracing.AddSource(DynamoTelemetry.ActivitySourceName)</c> and
/// <c>metrics.AddMeter(DynamoTelemetry.MeterName)</c> with OpenTelemetry, or an <c>ActivityListener</c> and a
/// <c>MeterListener</c>. Spans and metrics carry table, index, operation and entity type names, never a key or an
/// attribute value.
/// </summary>
public static class DynamoTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> of the logical operations: <c>"Dynamo.Repositories"</c>.</summary>
    public const string ActivitySourceName = "Dynamo.Repositories";

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> created through the container's <c>IMeterFactory</c>: <c>"Dynamo.Repositories"</c>.</summary>
    public const string MeterName = "Dynamo.Repositories";
}
