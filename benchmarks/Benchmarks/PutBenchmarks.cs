using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Infrastructure;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>One new versioned entity written with a conditional PutItem (the key must be absent).</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Put")]
public class PutBenchmarks : CannedBenchmark
{
    private BenchOrder _order = null!;
    private BenchOrder _ourOrder = null!;
    private BenchOrder _ourSdkOrder = null!;
    private ContextOrder _contextOrder = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        SetupContenders();
        _order = OrderData.Create(OrderData.WriteCustomer, 1)[0];
        _ourOrder = OrderData.Create(OrderData.WriteCustomer, 1)[0];
        _ourSdkOrder = OrderData.Create(OrderData.WriteCustomer, 1)[0];
        _contextOrder = ContextOrder.From(_order);
        var check = new EquivalenceCheck("Put", Handler);
        await check.RunWriteAsync("LowLevel", LowLevel_Put);
        await check.RunOursAsync("Ours", async () =>
        {
            await Ours_Put();
            return [];
        });
        await check.RunOursAsync("OursSdk", async () =>
        {
            await OursSdk_Put();
            return [];
        });
        await check.RunWriteAsync("DynamoDBContext", DynamoDBContext_Put);
        check.Verify();
    }

    [GlobalCleanup]
    public void Cleanup() => CleanupContenders();

    // Each write starts from a new (unversioned) entity, as the first write of every contender does.
    [Benchmark(Baseline = true)]
    public Task LowLevel_Put()
    {
        _order.Version = null;
        return LowLevel.AddAsync(_order);
    }

    [Benchmark]
    public Task<BenchOrder> Ours_Put()
    {
        _ourOrder.Version = null;
        return Ours.AddAsync(_ourOrder);
    }

    [Benchmark]
    public Task<BenchOrder> OursSdk_Put()
    {
        _ourSdkOrder.Version = null;
        return OursSdk.AddAsync(_ourSdkOrder);
    }

    [Benchmark]
    public Task DynamoDBContext_Put()
    {
        _contextOrder.Version = null;
        return Context.AddAsync(_contextOrder);
    }
}
