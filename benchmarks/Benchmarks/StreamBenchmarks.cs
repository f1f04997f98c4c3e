using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Infrastructure;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>Streams 1,000 items of one partition, ten Query pages of 100, consuming each entity as it arrives.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Stream1000")]
public class StreamBenchmarks : CannedBenchmark
{
    [GlobalSetup]
    public async Task SetupAsync()
    {
        SetupContenders();
        var check = new EquivalenceCheck("Stream1000", Handler);
        await check.RunAsync("LowLevel", async () => await Collect(LowLevel.StreamAsync(OrderData.StreamCustomer)));
        await check.RunOursAsync("Ours", async () => await Collect(Ours.StreamAsync(OrderData.StreamCustomer)));
        await check.RunOursAsync("OursSdk", async () => await Collect(OursSdk.StreamAsync(OrderData.StreamCustomer)));
        await check.RunAsync("DynamoDBContext", async () =>
        {
            var orders = new List<BenchOrder>();
            await Context.StreamAsync(OrderData.StreamCustomer, o => orders.Add(o.ToBenchOrder()));
            return orders;
        });
        check.Verify(Responses.StreamOrders);
    }

    [GlobalCleanup]
    public void Cleanup() => CleanupContenders();

    [Benchmark(Baseline = true)]
    public async Task<long> LowLevel_Stream()
    {
        long sum = 0;
        await foreach (var order in LowLevel.StreamAsync(OrderData.StreamCustomer))
        {
            sum += order.Quantity;
        }

        return sum;
    }

    [Benchmark]
    public Task<long> Ours_Stream() => Sum(Ours.StreamAsync(OrderData.StreamCustomer));

    [Benchmark]
    public Task<long> OursSdk_Stream() => Sum(OursSdk.StreamAsync(OrderData.StreamCustomer));

    private static async Task<long> Sum(IAsyncEnumerable<BenchOrder> orders)
    {
        long sum = 0;
        await foreach (var order in orders)
        {
            sum += order.Quantity;
        }

        return sum;
    }

    [Benchmark]
    public async Task<long> DynamoDBContext_Stream()
    {
        long sum = 0;
        await Context.StreamAsync(OrderData.StreamCustomer, o => sum += o.Quantity);
        return sum;
    }

    internal static async Task<IReadOnlyList<BenchOrder>> Collect(IAsyncEnumerable<BenchOrder> source)
    {
        var orders = new List<BenchOrder>();
        await foreach (var order in source)
        {
            orders.Add(order);
        }

        return orders;
    }
}
