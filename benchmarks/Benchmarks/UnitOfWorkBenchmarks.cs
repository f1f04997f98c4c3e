using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Infrastructure;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>A unit of work of 25 or 100 new versioned entities committed as one TransactWriteItems call.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("UnitOfWork")]
public class UnitOfWorkBenchmarks : CannedBenchmark
{
    private List<BenchOrder> _orders = null!;
    private List<BenchOrder> _ourOrders = null!;
    private List<BenchOrder> _ourSdkOrders = null!;
    private List<ContextOrder> _contextOrders = null!;

    [Params(25, 100)]
    public int Writes { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        SetupContenders();
        _orders = OrderData.Create(OrderData.WriteCustomer, Writes);
        _ourOrders = OrderData.Create(OrderData.WriteCustomer, Writes);
        _ourSdkOrders = OrderData.Create(OrderData.WriteCustomer, Writes);
        _contextOrders = _orders.ConvertAll(ContextOrder.From);
        var check = new EquivalenceCheck($"UnitOfWork {Writes}", Handler);
        await check.RunWriteAsync("LowLevel", LowLevel_Transact);
        await check.RunOursAsync("Ours", async () =>
        {
            await Ours_Transact();
            return [];
        });
        await check.RunOursAsync("OursSdk", async () =>
        {
            await OursSdk_Transact();
            return [];
        });
        await check.RunWriteAsync("DynamoDBContext", DynamoDBContext_Transact);
        check.Verify();
    }

    [GlobalCleanup]
    public void Cleanup() => CleanupContenders();

    [Benchmark(Baseline = true)]
    public Task LowLevel_Transact()
    {
        foreach (var order in _orders)
        {
            order.Version = null;
        }

        return LowLevel.TransactAddAsync(_orders);
    }

    [Benchmark]
    public Task<int> Ours_Transact() => Transact(Ours, _ourOrders);

    [Benchmark]
    public Task<int> OursSdk_Transact() => Transact(OursSdk, _ourSdkOrders);

    private static Task<int> Transact(Contenders.OursContender contender, List<BenchOrder> orders)
    {
        foreach (var order in orders)
        {
            order.Version = null;
        }

        return contender.TransactAddAsync(orders);
    }

    [Benchmark]
    public Task DynamoDBContext_Transact()
    {
        foreach (var order in _contextOrders)
        {
            order.Version = null;
        }

        return Context.TransactAddAsync(_contextOrders);
    }
}
