using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Model;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>
/// The cost of the library's telemetry: the same Get, Query of 100 and unit of work of 25 with nobody listening
/// (<c>Listening</c> = false: the path every other category measures) and with an <see cref="ActivityListener"/> that
/// records every span and a <see cref="MeterListener"/> that takes every measurement (<c>Listening</c> = true).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Telemetry")]
public class TelemetryBenchmarks : CannedBenchmark
{
    private const string OrderId = "ORDER#00000";
    private List<BenchOrder> _orders = null!;
    private ActivityListener? _spans;
    private MeterListener? _metrics;
    private double _sink;

    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        SetupContenders();
        _orders = OrderData.Create(OrderData.WriteCustomer, 25);
        if (!Listening)
        {
            return;
        }

        _spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DynamoTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_spans);
        _metrics = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == DynamoTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _metrics.SetMeasurementEventCallback<double>((_, value, _, _) => _sink += value);
        _metrics.SetMeasurementEventCallback<long>((_, value, _, _) => _sink += value);
        _metrics.SetMeasurementEventCallback<int>((_, value, _, _) => _sink += value);
        _metrics.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _spans?.Dispose();
        _metrics?.Dispose();
        CleanupContenders();
    }

    [Benchmark]
    public Task<BenchOrder?> Ours_Get() => Ours.GetAsync(OrderData.QueryCustomer, OrderId);

    [Benchmark]
    public Task<List<BenchOrder>> Ours_Query() => Ours.QueryAsync(OrderData.QueryCustomer);

    [Benchmark]
    public Task<int> Ours_Transact25()
    {
        foreach (var order in _orders)
        {
            order.Version = null;
        }

        return Ours.TransactAddAsync(_orders);
    }
}
