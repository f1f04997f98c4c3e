using Amazon.DynamoDBv2;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Writes;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Performance;

/// <summary>
/// The CI-cheap allocation guard of the commit path (issue 6): prepares a full 100-write unit of work of the
/// benchmarks' 20-attribute entity and fails when what the commit allocates per staged write, beyond mapping the
/// entity (guarded by <see cref="MappingAllocationTests"/>), exceeds a fixed budget. That overhead is the write action,
/// the new version value, the limit checks and the duplicate-item check.
/// Budget (measured on .NET 10, x64, 2026-11-24): measured 317 B per write -> budget 396 B (about 25% headroom). The
/// write action now carries the key values and size bound its writer handed back (24 B more, for no look-ups and no
/// second pass over the item): measured 336 B, budget kept. The duplicate-item check then moved from a dictionary to a
/// table on the stack: measured 293 B -> budget 366 B (25% headroom again).
/// A failure means the commit path allocates more per write: find it with the UnitOfWork benchmarks and fix it, or
/// raise the budget here on purpose, with the new measurement, in the same commit.
/// </summary>
[Collection(nameof(UnitTests.Telemetry.SpanSourceCollection))]
public sealed class CommitAllocationTests
{
    private const long OverheadBudgetPerWrite = 366;

    [Fact]
    public void Prepare_AllocatesWithinBudgetBeyondMapping_ForAHundredWrites()
    {
        var metadata = MappingAllocationTests.Metadata();
        var orders = MappingAllocationTests.Orders().Take(CommitPlanner.MaxActions).ToList();
        using var unitOfWork = CommitAllocationTests.StagedAdds(metadata, orders);

        CommitPlanner.Prepare(unitOfWork.Staged);

        var beforeMapping = GC.GetAllocatedBytesForCurrentThread();
        foreach (var order in orders)
        {
            metadata.ToItem(order);
        }

        var mapping = GC.GetAllocatedBytesForCurrentThread() - beforeMapping;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var actions = CommitPlanner.Prepare(unitOfWork.Staged);
        var overheadPerWrite = (GC.GetAllocatedBytesForCurrentThread() - before - mapping) / orders.Count;
        unitOfWork.DiscardChanges();

        Assert.Equal(CommitPlanner.MaxActions, actions.Length);
        Assert.All(actions, action => Assert.Equal(WriteActionType.Put, action.Type));
        Assert.True(
            overheadPerWrite <= OverheadBudgetPerWrite,
            $"Preparing a commit allocated {overheadPerWrite} B per staged write beyond mapping; the budget is {OverheadBudgetPerWrite} B.");
    }

    /// <summary>A unit of work with an Add of each order staged (nothing is sent: the executor's client is a substitute).</summary>
    internal static DynamoUnitOfWork StagedAdds(EntityMetadata<PerfOrder> metadata, IEnumerable<PerfOrder> orders)
    {
        var unitOfWork = new DynamoUnitOfWork(
            new SdkExecutor(Substitute.For<IAmazonDynamoDB>()),
            Microsoft.Extensions.Options.Options.Create(new DynamoRepositoryOptions()),
            TimeProvider.System,
            NullLogger<DynamoUnitOfWork>.Instance);
        foreach (var order in orders)
        {
            unitOfWork.Stage(metadata, "PerfOrders", order, StagedWriteKind.Add);
        }

        return unitOfWork;
    }
}
