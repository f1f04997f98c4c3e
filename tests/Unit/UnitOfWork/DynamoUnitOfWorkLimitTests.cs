using Dynamo.Repositories.Items;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using Xunit;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

public sealed class DynamoUnitOfWorkLimitTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_ThrowsTransactionLimitWithoutSending_When101WritesAreStaged()
    {
        foreach (var entry in RepositoryHarness.EntryFaker().Generate(101))
        {
            _harness.Ledger.Add(entry);
        }

        var error = await Assert.ThrowsAsync<TransactionLimitException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(101, error.ActionCount);
        Assert.Contains("101", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _harness.CallCount());
        Assert.Equal(101, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_SendsOneTransaction_When100WritesAreStaged()
    {
        foreach (var entry in RepositoryHarness.EntryFaker().Generate(100))
        {
            _harness.Ledger.Add(entry);
        }

        var count = await _harness.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal(100, count);
        Assert.Equal(1, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsTransactionLimitWithoutSending_WhenItemsExceed4MegabytesByOneByte()
    {
        StageTransfersOfTotalSize(ItemSizeEstimator.MaxTransactionBytes + 1);

        var error = await Assert.ThrowsAsync<TransactionLimitException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(ItemSizeEstimator.MaxTransactionBytes + 1, error.EstimatedSizeBytes);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_Sends_WhenItemsAreExactly4Megabytes()
    {
        StageTransfersOfTotalSize(ItemSizeEstimator.MaxTransactionBytes);

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal(1, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsItemTooLargeWithoutSending_WhenOneItemExceeds400Kilobytes()
    {
        var entry = RepositoryHarness.EntryFaker().Generate();
        entry.Payload = new string('x', 400 * 1024);
        _harness.Ledger.Add(entry);

        var error = await Assert.ThrowsAsync<ItemTooLargeException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(typeof(LedgerEntry), error.EntityType);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsDuplicateWriteWithoutSending_WhenTwoInstancesShareAKey()
    {
        var first = RepositoryHarness.WalletFaker().Generate();
        var second = RepositoryHarness.WalletFaker(99).Generate();
        second.Id = first.Id;
        _harness.Wallets.Update(first);
        _harness.Wallets.Update(second);

        var error = await Assert.ThrowsAsync<DuplicateWriteException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(typeof(Wallet), error.EntityType);
        Assert.Equal($"({first.Id})", error.Key);
        Assert.Equal(0, _harness.CallCount());
        Assert.Equal(2, _harness.UnitOfWork.PendingCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    [InlineData(98)]
    public async Task SaveChangesAsync_ThrowsDuplicateWrite_WhenTheHundredthWriteRepeatsAnEarlierKey(int repeated)
    {
        // A full commit: the 99 distinct keys fill the identity table before the last write repeats one of them.
        var entries = RepositoryHarness.EntryFaker().Generate(99);
        foreach (var entry in entries)
        {
            _harness.Ledger.Add(entry);
        }

        var original = entries[repeated];
        _harness.Ledger.Delete(new LedgerEntry { WalletId = original.WalletId, EntryId = original.EntryId });

        var error = await Assert.ThrowsAsync<DuplicateWriteException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal($"({original.WalletId}, {original.EntryId})", error.Key);
        Assert.Contains("(Add, then Delete", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _harness.CallCount());
        Assert.Equal(100, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_Sends_WhenTheSameKeyIsInTwoTables()
    {
        var wallet = RepositoryHarness.WalletFaker().Generate();
        _harness.Wallets.Update(wallet);
        _harness.Currencies.Add(new Currency { Code = wallet.Id });

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal(1, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_Sends_WhenKeysShareTheirTextButSplitItDifferently()
    {
        // ("ab", "c") and ("a", "bc") are different items, as are two items with the same sort key in two partitions.
        _harness.Ledger.Add(new LedgerEntry { WalletId = "ab", EntryId = "c" });
        _harness.Ledger.Add(new LedgerEntry { WalletId = "a", EntryId = "bc" });
        _harness.Ledger.Add(new LedgerEntry { WalletId = "x", EntryId = "c" });

        var written = await _harness.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal(3, written);
        Assert.Equal(1, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsDuplicateWrite_WhenTwoInstancesShareAPartitionAndSortKey()
    {
        _harness.Ledger.Add(new LedgerEntry { WalletId = "a", EntryId = "t-1" });
        _harness.Ledger.Add(new LedgerEntry { WalletId = "a", EntryId = "t-2" });
        _harness.Ledger.Add(new LedgerEntry { WalletId = "a", EntryId = "t-1", Note = "again" });

        var error = await Assert.ThrowsAsync<DuplicateWriteException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(typeof(LedgerEntry), error.EntityType);
        Assert.Equal("(a, t-1)", error.Key);
        Assert.Equal(0, _harness.CallCount());
    }

    // Eleven items whose estimated sizes add up to exactly totalBytes (each under the 400 KB item limit).
    private void StageTransfersOfTotalSize(long totalBytes)
    {
        var entries = RepositoryHarness.EntryFaker().Generate(11);
        var metadata = RepositoryHarness.Model.Get<LedgerEntry>();
        var share = totalBytes / entries.Count;
        long total = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].Payload = string.Empty;
            var baseSize = ItemSizeEstimator.Estimate(metadata.ToItem(entries[i]));
            var target = i == entries.Count - 1 ? totalBytes - total : share;
            entries[i].Payload = new string('p', (int)(target - baseSize));
            total += ItemSizeEstimator.Estimate(metadata.ToItem(entries[i]));
            _harness.Ledger.Add(entries[i]);
        }

        Assert.Equal(totalBytes, total);
    }
}
