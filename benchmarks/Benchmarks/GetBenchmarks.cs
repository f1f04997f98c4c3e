using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Infrastructure;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>GetItem by partition and sort key, decoded into an entity.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Get")]
public class GetBenchmarks : CannedBenchmark
{
    private const string OrderId = "ORDER#00000";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        SetupContenders();
        var check = new EquivalenceCheck("Get", Handler);
        await check.RunAsync("LowLevel", async () => [(await LowLevel.GetAsync(OrderData.QueryCustomer, OrderId))!]);
        await check.RunOursAsync("Ours", async () => [(await Ours.GetAsync(OrderData.QueryCustomer, OrderId))!]);
        await check.RunOursAsync("OursSdk", async () => [(await OursSdk.GetAsync(OrderData.QueryCustomer, OrderId))!]);
        await check.RunAsync("DynamoDBContext", async () => [(await Context.GetAsync(OrderData.QueryCustomer, OrderId)).ToBenchOrder()]);
        check.Verify([Responses.GetOrder]);
    }

    [GlobalCleanup]
    public void Cleanup() => CleanupContenders();

    [Benchmark(Baseline = true)]
    public Task<BenchOrder?> LowLevel_Get() => LowLevel.GetAsync(OrderData.QueryCustomer, OrderId);

    [Benchmark]
    public Task<BenchOrder?> Ours_Get() => Ours.GetAsync(OrderData.QueryCustomer, OrderId);

    [Benchmark]
    public Task<BenchOrder?> OursSdk_Get() => OursSdk.GetAsync(OrderData.QueryCustomer, OrderId);

    [Benchmark]
    public Task<ContextOrder> DynamoDBContext_Get() => Context.GetAsync(OrderData.QueryCustomer, OrderId);
}
