using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>A null key is refused when staged, with a message naming the staged write, the entity and the property.</summary>
public sealed class KeyGuardTests
{
    private readonly RepositoryHarness _harness = new();

    [Theory]
    [InlineData(StagedWriteKind.Add)]
    [InlineData(StagedWriteKind.Update)]
    [InlineData(StagedWriteKind.Upsert)]
    [InlineData(StagedWriteKind.Delete)]
    public void Stage_NamesTheWriteAndTheNullKeyProperty_WhenTheSortKeyIsNull(StagedWriteKind kind)
    {
        var entry = RepositoryHarness.EntryFaker().Generate();
        entry.EntryId = null!;
        Action stage = kind switch
        {
            StagedWriteKind.Add => () => _harness.Ledger.Add(entry),
            StagedWriteKind.Update => () => _harness.Ledger.Update(entry),
            StagedWriteKind.Upsert => () => _harness.Ledger.Upsert(entry),
            _ => () => _harness.Ledger.Delete(entry),
        };

        var error = Assert.Throws<EntityMappingException>(stage);

        Assert.StartsWith($"Cannot stage the {kind} of ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"its key property {nameof(LedgerEntry.EntryId)} is null", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }
}
