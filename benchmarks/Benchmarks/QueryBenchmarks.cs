using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Infrastructure;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>A Query on one partition returning 100 items, decoded into a list.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Query100")]
public class QueryBenchmarks : CannedBenchmark
{
    [GlobalSetup]
    public async Task SetupAsync()
    {
        SetupContenders();
        var check = new EquivalenceCheck("Query100", Handler);
        await check.RunAsync("LowLevel", async () => await LowLevel_Query());
        await check.RunOursAsync("Ours", async () => await Ours_Query());
        await check.RunOursAsync("OursSdk", async () => await OursSdk_Query());
        await check.RunAsync("DynamoDBContext", async () => (await DynamoDBContext_Query()).ConvertAll(o => o.ToBenchOrder()));
        check.Verify(Responses.QueryOrders);
    }

    [GlobalCleanup]
    public void Cleanup() => CleanupContenders();

    [Benchmark(Baseline = true)]
    public Task<List<BenchOrder>> LowLevel_Query() => LowLevel.QueryAsync(OrderData.QueryCustomer);

    [Benchmark]
    public Task<List<BenchOrder>> Ours_Query() => Ours.QueryAsync(OrderData.QueryCustomer);

    [Benchmark]
    public Task<List<BenchOrder>> OursSdk_Query() => OursSdk.QueryAsync(OrderData.QueryCustomer);

    [Benchmark]
    public Task<List<ContextOrder>> DynamoDBContext_Query() => Context.QueryAsync(OrderData.QueryCustomer);
}
