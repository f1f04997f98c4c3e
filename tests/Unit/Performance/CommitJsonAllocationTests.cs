using Dynamo.Repositories.Writes;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Performance;

/// <summary>
/// The CI-cheap allocation guard of a commit prepared for the wire path: 100 Adds of the benchmarks' 20-attribute entity
/// written straight to JSON (no item dictionary, no attribute value but the key's), everything included: the compiled
/// writer, the write actions, the limit and duplicate checks and the commit's pooled buffer.
/// Budget (measured on .NET 10, x64, 2026-11-30): see <see cref="BudgetPerWrite"/>. A failure means preparing a commit
/// for the wire path allocates more per write: find it with the UnitOfWork benchmarks and fix it, or change the budget
/// here on purpose, with the new measurement.
/// </summary>
[Collection(nameof(UnitTests.Telemetry.SpanSourceCollection))]
public sealed class CommitJsonAllocationTests
{
    /// <summary>Measured 394 B per write (the dictionary path: 3,392 B of mapping plus 293 B) -> budget 492 B (25 % headroom).</summary>
    private const long BudgetPerWrite = 492;

    [Fact]
    public void Prepare_AsJson_AllocatesWithinBudget_ForAHundredAdds()
    {
        var metadata = MappingAllocationTests.Metadata();
        var orders = MappingAllocationTests.Orders().Take(CommitPlanner.MaxActions).ToList();
        using var unitOfWork = CommitAllocationTests.StagedAdds(metadata, orders);

        using (var warm = new CommitJson())
        {
            CommitPlanner.Prepare(unitOfWork.Staged, warm);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        WriteAction[] actions;
        using (var json = new CommitJson())
        {
            actions = CommitPlanner.Prepare(unitOfWork.Staged, json);
        }

        var perWrite = (GC.GetAllocatedBytesForCurrentThread() - before) / orders.Count;
        unitOfWork.DiscardChanges();

        TestContext.Current.TestOutputHelper?.WriteLine($"A commit prepared as JSON allocated {perWrite} B per write.");
        Assert.Equal(CommitPlanner.MaxActions, actions.Length);
        Assert.All(actions, action => Assert.NotNull(action.Json));
        Assert.True(perWrite <= BudgetPerWrite, $"Preparing a commit as JSON allocated {perWrite} B per write; the budget is {BudgetPerWrite} B.");
    }
}
