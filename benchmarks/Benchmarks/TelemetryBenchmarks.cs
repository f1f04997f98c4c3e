using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Contenders;
using Dynamo.Repositories.Benchmarks.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>
/// The cost of the library's telemetry: the same Get, Query of 100 and unit of work of 25 with nobody listening
/// (<c>Listening</c> = false: the path every other category measures) and with an <see cref="ActivityListener"/> that
/// records every span and a <see cref="MeterListener"/> that takes every measurement (<c>Listening</c> = true).
/// <c>Untraced_*</c> run the same repository and unit of work over the bare SDK executor (no telemetry decorator),
/// so <c>Ours_*</c> versus <c>Untraced_*</c> with nobody listening is what the instrumentation costs when off. Both
/// take the SDK path (<c>Ours_*</c> run the <c>OursSdk</c> contender), so the executor under the decorator is the same.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Telemetry")]
public class TelemetryBenchmarks : CannedBenchmark
{
    private const string OrderId = "ORDER#00000";
    private List<BenchOrder> _orders = null!;
    private List<BenchOrder> _untracedOrders = null!;
    private DynamoRepository<BenchOrder> _untraced = null!;
    private IUnitOfWork _untracedUnitOfWork = null!;
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
        _untracedOrders = OrderData.Create(OrderData.WriteCustomer, 25);
        var context = DynamoContext.Create(
            new SdkExecutor(Client),
            new DynamoRepositoryOptions(),
            EntityModelBuilder.Build([new BenchOrderConfiguration()]),
            TimeProvider.System,
            NullLoggerFactory.Instance,
            Client);
        _untraced = new DynamoRepository<BenchOrder>(context);
        _untracedUnitOfWork = context.UnitOfWork;
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
    public Task<BenchOrder?> Ours_Get() => OursSdk.GetAsync(OrderData.QueryCustomer, OrderId);

    [Benchmark]
    public Task<List<BenchOrder>> Ours_Query() => OursSdk.QueryAsync(OrderData.QueryCustomer);

    [Benchmark]
    public Task<int> Ours_Transact25()
    {
        foreach (var order in _orders)
        {
            order.Version = null;
        }

        return OursSdk.TransactAddAsync(_orders);
    }

    [Benchmark]
    public Task<BenchOrder?> Untraced_Get() => _untraced.GetAsync(OrderData.QueryCustomer, OrderId);

    [Benchmark]
    public Task<List<BenchOrder>> Untraced_Query() => _untraced.ListAsync(new OrdersOfCustomer(OrderData.QueryCustomer));

    [Benchmark]
    public Task<int> Untraced_Transact25()
    {
        foreach (var order in _untracedOrders)
        {
            order.Version = null;
            _untraced.Add(order);
        }

        return _untracedUnitOfWork.SaveChangesAsync();
    }
}
