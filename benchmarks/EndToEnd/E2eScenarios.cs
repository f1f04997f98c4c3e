using Amazon.DynamoDBv2;
using Dynamo.Repositories.Benchmarks.Contenders;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.EndToEnd;

/// <summary>The operations of every contender in the end-to-end run, with their write data generated up front.</summary>
public sealed class E2eScenarios(IAmazonDynamoDB client, string tablePrefix, int iterations) : IAsyncDisposable
{
    private readonly LowLevelContender _lowLevel = new(client, tablePrefix + BenchOrderConfiguration.TableName);
    private readonly OursContender _ours = new(client, tablePrefix);
    private readonly ContextContender _context = new(client, tablePrefix);

    /// <summary>Gets how often the unit-of-work and stream operations run (they send much more per operation).</summary>
    public int BatchIterations => Math.Max(6, iterations / 10);

    public IEnumerable<E2eOperation> Operations() => [.. LowLevel(), .. Ours(), .. Context()];

    public ValueTask DisposeAsync()
    {
        _ours.Dispose();
        _context.Context.Dispose();
        return ValueTask.CompletedTask;
    }

    private IEnumerable<E2eOperation> LowLevel()
    {
        const string name = "LowLevel";
        var (puts, uow25, uow100) = WriteData(name);
        yield return new("Get", name, iterations, async i => await _lowLevel.GetAsync(OrderData.QueryCustomer, OrderData.OrderIdOf(i % 100)) is null ? 0 : 1);
        yield return new("Put", name, iterations, i => Counted(_lowLevel.AddAsync(puts[i]), 1));
        yield return new("Query100", name, iterations, async _ => (await _lowLevel.QueryAsync(OrderData.QueryCustomer)).Count);
        yield return new("UnitOfWork 25", name, BatchIterations, i => Counted(_lowLevel.TransactAddAsync(uow25[i]), 25));
        yield return new("UnitOfWork 100", name, BatchIterations, i => Counted(_lowLevel.TransactAddAsync(uow100[i]), 100));
        yield return new("Stream1000", name, BatchIterations, _ => CountAsync(_lowLevel.StreamAsync(OrderData.StreamCustomer)));
    }

    private IEnumerable<E2eOperation> Ours()
    {
        const string name = "Ours";
        var (puts, uow25, uow100) = WriteData(name);
        yield return new("Get", name, iterations, async i => await _ours.GetAsync(OrderData.QueryCustomer, OrderData.OrderIdOf(i % 100)) is null ? 0 : 1);
        yield return new("Put", name, iterations, i => Counted(_ours.AddAsync(puts[i]), 1));
        yield return new("Query100", name, iterations, async _ => (await _ours.QueryAsync(OrderData.QueryCustomer)).Count);
        yield return new("UnitOfWork 25", name, BatchIterations, i => Counted(_ours.TransactAddAsync(uow25[i]), 25));
        yield return new("UnitOfWork 100", name, BatchIterations, i => Counted(_ours.TransactAddAsync(uow100[i]), 100));
        yield return new("Stream1000", name, BatchIterations, _ => CountAsync(_ours.StreamAsync(OrderData.StreamCustomer)));
    }

    private IEnumerable<E2eOperation> Context()
    {
        const string name = "DynamoDBContext";
        var (puts, uow25, uow100) = WriteData(name);
        var contextPuts = puts.ConvertAll(ContextOrder.From);
        var context25 = Array.ConvertAll(uow25, c => Array.ConvertAll(c, ContextOrder.From));
        var context100 = Array.ConvertAll(uow100, c => Array.ConvertAll(c, ContextOrder.From));
        yield return new("Get", name, iterations, async i => await _context.GetAsync(OrderData.QueryCustomer, OrderData.OrderIdOf(i % 100)) is null ? 0 : 1);
        yield return new("Put", name, iterations, i => Counted(_context.AddAsync(contextPuts[i]), 1));
        yield return new("Query100", name, iterations, async _ => (await _context.QueryAsync(OrderData.QueryCustomer)).Count);
        yield return new("UnitOfWork 25", name, BatchIterations, i => Counted(_context.TransactAddAsync(context25[i]), 25));
        yield return new("UnitOfWork 100", name, BatchIterations, i => Counted(_context.TransactAddAsync(context100[i]), 100));
        yield return new("Stream1000", name, BatchIterations, _ => _context.StreamAsync(OrderData.StreamCustomer, _ => { }));
    }

    // Every contender writes new keys of its own, so each write really creates an item.
    private (List<BenchOrder> Puts, BenchOrder[][] Uow25, BenchOrder[][] Uow100) WriteData(string contender) =>
        (OrderData.Create($"{OrderData.WriteCustomer}#put#{contender}", iterations),
         OrderData.Create($"{OrderData.WriteCustomer}#uow25#{contender}", BatchIterations * 25).Chunk(25).ToArray(),
         OrderData.Create($"{OrderData.WriteCustomer}#uow100#{contender}", BatchIterations * 100).Chunk(100).ToArray());

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
