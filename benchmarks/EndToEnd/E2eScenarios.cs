using Amazon.DynamoDBv2;
using Dynamo.Repositories.Benchmarks.Contenders;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.EndToEnd;

/// <summary>The operations of every contender in the end-to-end run, with their write data generated up front.</summary>
public sealed class E2eScenarios(IAmazonDynamoDB client, string tablePrefix, int iterations) : IAsyncDisposable
{
    private readonly LowLevelContender _lowLevel = new(client, tablePrefix + BenchOrderConfiguration.TableName);
    private readonly ContextContender _context = new(client, tablePrefix);

    private int BatchIterations => Math.Max(4, iterations / 10);

    public IEnumerable<E2eOperation> Operations()
    {
        foreach (var (name, batch) in new[] { ("LowLevel", "ll"), ("DynamoDBContext", "ctx") })
        {
            var puts = OrderData.Create($"{OrderData.WriteCustomer}#put#{batch}", iterations);
            var uow25 = OrderData.Create($"{OrderData.WriteCustomer}#uow25#{batch}", BatchIterations * 25).Chunk(25).ToArray();
            var uow100 = OrderData.Create($"{OrderData.WriteCustomer}#uow100#{batch}", BatchIterations * 100).Chunk(100).ToArray();
            if (name == "LowLevel")
            {
                yield return new("Get", name, iterations, async i => await _lowLevel.GetAsync(OrderData.QueryCustomer, OrderData.OrderIdOf(i % 100)) is null ? 0 : 1);
                yield return new("Put", name, iterations, i => Counted(_lowLevel.AddAsync(puts[i]), 1));
                yield return new("Query100", name, iterations, async _ => (await _lowLevel.QueryAsync(OrderData.QueryCustomer)).Count);
                yield return new("UnitOfWork 25", name, BatchIterations, i => Counted(_lowLevel.TransactAddAsync(uow25[i]), 25));
                yield return new("UnitOfWork 100", name, BatchIterations, i => Counted(_lowLevel.TransactAddAsync(uow100[i]), 100));
                yield return new("Stream1000", name, BatchIterations, async _ => await CountAsync(_lowLevel.StreamAsync(OrderData.StreamCustomer)));
            }
            else
            {
                var contextPuts = puts.ConvertAll(ContextOrder.From);
                var context25 = uow25.Select(c => c.Select(ContextOrder.From).ToArray()).ToArray();
                var context100 = uow100.Select(c => c.Select(ContextOrder.From).ToArray()).ToArray();
                yield return new("Get", name, iterations, async i => await _context.GetAsync(OrderData.QueryCustomer, OrderData.OrderIdOf(i % 100)) is null ? 0 : 1);
                yield return new("Put", name, iterations, i => Counted(_context.AddAsync(contextPuts[i]), 1));
                yield return new("Query100", name, iterations, async _ => (await _context.QueryAsync(OrderData.QueryCustomer)).Count);
                yield return new("UnitOfWork 25", name, BatchIterations, i => Counted(_context.TransactAddAsync(context25[i]), 25));
                yield return new("UnitOfWork 100", name, BatchIterations, i => Counted(_context.TransactAddAsync(context100[i]), 100));
                yield return new("Stream1000", name, BatchIterations, async _ => await _context.StreamAsync(OrderData.StreamCustomer, _ => { }));
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _context.Context.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<int> Counted(Task write, int count)
    {
        await write;
        return count;
    }

    private static async Task<int> CountAsync(IAsyncEnumerable<BenchOrder> source)
    {
        var count = 0;
        await foreach (var order in source)
        {
            count++;
        }

        return count;
    }
}
