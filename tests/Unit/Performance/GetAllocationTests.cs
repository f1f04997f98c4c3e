using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Performance;

/// <summary>
/// The CI-cheap allocation guard of a key read: <c>GetAsync</c> of the benchmarks' 20-attribute entity over an executor
/// that answers at once, minus what mapping the item costs (guarded by <see cref="MappingAllocationTests"/>). That
/// overhead is the key, the GetItem request and the returned task.
/// Budget (measured on .NET 10, x64, Debug as the tests build, 2026-11-30): 912 B per read when the façade built and sent
/// its own GetItem; 936 B since <c>Query.KeyReader</c> sends every GetItem (its async state machine, a class in Debug
/// builds, holds the executor and the item's mapper) -> budget 1170 B (about 25% headroom).
/// A failure means a key read allocates more: find it with the Get benchmarks and fix it, or raise the budget here on
/// purpose, with the new measurement, in the same commit.
/// </summary>
[Collection(nameof(UnitTests.Telemetry.SpanSourceCollection))]
public sealed class GetAllocationTests
{
    private const long OverheadBudgetPerRead = 1170;
    private const int Reads = 100;

    [Fact]
    public async Task GetAsync_AllocatesWithinBudgetBeyondMapping_PerRead()
    {
        var order = MappingAllocationTests.Orders()[0];
        var model = EntityModelBuilder.Build([new PerfOrderConfiguration()]);
        var metadata = model.Get<PerfOrder>();
        var item = metadata.ToItem(order);
        var executor = new CannedGetExecutor(item);
        var context = DynamoContext.Create(executor, new DynamoRepositoryOptions(), model, TimeProvider.System, NullLoggerFactory.Instance);
        var repository = new DynamoRepository<PerfOrder>(context);
        await repository.GetAsync(order.CustomerId, order.OrderId, TestContext.Current.CancellationToken); // JIT and first-use caches

        var beforeMapping = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Reads; i++)
        {
            metadata.FromItem(item);
        }

        var mapping = GC.GetAllocatedBytesForCurrentThread() - beforeMapping;
        PerfOrder? read = null;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Reads; i++)
        {
            read = await repository.GetAsync(order.CustomerId, order.OrderId, TestContext.Current.CancellationToken);
        }

        var overheadPerRead = (GC.GetAllocatedBytesForCurrentThread() - before - mapping) / Reads;

        Assert.Equal(Reads + 1, executor.Gets);
        Assert.Equal(order.Total, read!.Total);
        Assert.True(
            overheadPerRead <= OverheadBudgetPerRead,
            $"GetAsync allocated {overheadPerRead} B per read beyond mapping; the budget is {OverheadBudgetPerRead} B.");
    }
}
