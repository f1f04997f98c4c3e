using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>
/// A null partition key is refused like a null sort key, and the bulk path and reloads name their operation; the
/// error is thrown before anything is sent.
/// </summary>
public sealed class KeyGuardOperationTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Stage_NamesThePartitionKey_WhenBothKeysAreNull()
    {
        var entry = RepositoryHarness.EntryFaker().Generate();
        entry.WalletId = null!;
        entry.EntryId = null!;

        var error = Assert.Throws<EntityMappingException>(() => _harness.Ledger.Update(entry));

        Assert.Equal(
            $"Cannot stage the Update of {nameof(LedgerEntry)}: its key property {nameof(LedgerEntry.WalletId)} is null. Set the key before staging.",
            error.Message);
        Assert.Equal(nameof(LedgerEntry.WalletId), error.PropertyName);
        Assert.Equal(typeof(LedgerEntry), error.EntityType);
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public void Stage_Accepts_WhenBothKeysAreSet()
    {
        _harness.Ledger.Delete(RepositoryHarness.EntryFaker().Generate());

        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task BulkPutNonAtomicAsync_NamesTheOperationAndTheNullKey_BeforeSendingAnything()
    {
        var entries = RepositoryHarness.EntryFaker().Generate(2);
        entries[1].EntryId = null!;

        var error = await Assert.ThrowsAsync<EntityMappingException>(() => _harness.Ledger.BulkPutNonAtomicAsync(entries, Token));

        Assert.StartsWith($"Cannot stage {nameof(DynamoRepository<LedgerEntry>.BulkPutNonAtomicAsync)} of {nameof(LedgerEntry)}: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(LedgerEntry.EntryId), error.PropertyName);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task ReloadAsync_NamesTheReloadAndTheNullPartitionKey_BeforeSendingAnything()
    {
        var wallet = new Wallet { Id = null! };

        var error = await Assert.ThrowsAsync<EntityMappingException>(() => _harness.Wallets.ReloadAsync(wallet, Token));

        Assert.StartsWith($"Cannot stage a reload of {nameof(Wallet)}: its key property {nameof(Wallet.Id)} is null.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _harness.CallCount());
    }
}
