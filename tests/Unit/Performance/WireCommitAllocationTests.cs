using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.UnitTests.Wire;
using Dynamo.Repositories.Writes;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Performance;

/// <summary>
/// The CI-cheap allocation guard of a whole commit on the wire path: a unit of work of 100 Adds of the benchmarks'
/// 20-attribute entity, staged and saved as one TransactWriteItems over an in-memory handler that completes
/// synchronously, on the wire path (entities straight to JSON) and, for comparison, on the SDK path over the same client.
/// Budget (measured on .NET 10, x64, 2026-11-30): see <see cref="WireCommitBudget"/>. A failure means a commit on the
/// wire path allocates more: find it with the UnitOfWork benchmarks and fix it, or change the budget here on purpose.
/// </summary>
[Collection(nameof(UnitTests.Telemetry.SpanSourceCollection))]
public sealed class WireCommitAllocationTests
{
    /// <summary>Measured 49,560 B per 100-write commit on the wire path (the SDK path: 408,792 B) -> budget 62,000 B (25 % headroom).</summary>
    private const long WireCommitBudget = 62_000;

    [Fact]
    public void Commit_OfAHundredAdds_OnTheWirePath_AllocatesWithinBudget_AndLessThanAThirdOfTheSdkPath()
    {
        using var handler = new WireAllocationTests.CannedHandler("{}"u8.ToArray());
        using var executor = WireTestClients.Executor(handler);
        using var client = WireTestClients.Client(handler);

        var wire = Measure(executor);
        var viaSdk = Measure(new SdkExecutor(client));

        TestContext.Current.TestOutputHelper?.WriteLine($"100-write commit allocations: wire path {wire} B, SDK path {viaSdk} B.");
        Assert.True(wire <= WireCommitBudget, $"A 100-write commit on the wire path allocated {wire} B; the budget is {WireCommitBudget} B (the SDK path: {viaSdk} B).");
        Assert.True(wire * 3 < viaSdk, $"A 100-write commit on the wire path allocated {wire} B, not less than a third of the SDK path's {viaSdk} B.");
    }

    private static long Measure(IDynamoExecutor executor)
    {
        var metadata = MappingAllocationTests.Metadata();
        var orders = MappingAllocationTests.Orders().Take(CommitPlanner.MaxActions).ToList();
        using var unitOfWork = new DynamoUnitOfWork(
            executor,
            Microsoft.Extensions.Options.Options.Create(new DynamoRepositoryOptions()),
            TimeProvider.System,
            NullLogger<DynamoUnitOfWork>.Instance);
        for (var i = 0; i < 3; i++)
        {
            Commit(unitOfWork, metadata, orders);
        }

        const int Rounds = 10;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Rounds; i++)
        {
            Commit(unitOfWork, metadata, orders);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
    }

    private static void Commit(DynamoUnitOfWork unitOfWork, EntityMetadata<PerfOrder> metadata, List<PerfOrder> orders)
    {
        foreach (var order in orders)
        {
            unitOfWork.Stage(metadata, "PerfOrders", order, StagedWriteKind.Add);
        }

        var task = unitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.True(task.IsCompletedSuccessfully, "The measured commit must complete synchronously, or its allocations escape the thread's count.");
        Assert.Equal(CommitPlanner.MaxActions, task.Result);
    }
}
