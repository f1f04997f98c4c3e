using Dynamo.Repositories.Items;
using Xunit;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

public sealed class DynamoUnitOfWorkLimitTests
{
    private readonly UowHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_ThrowsTransactionLimitWithoutSending_When101WritesAreStaged()
    {
        foreach (var transfer in UowHarness.TransferFaker().Generate(101))
        {
            _harness.Transfers.Add(transfer);
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
        foreach (var transfer in UowHarness.TransferFaker().Generate(100))
        {
            _harness.Transfers.Add(transfer);
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
        var transfer = UowHarness.TransferFaker().Generate();
        transfer.Payload = new string('x', 400 * 1024);
        _harness.Transfers.Add(transfer);

        var error = await Assert.ThrowsAsync<ItemTooLargeException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(typeof(Transfer), error.EntityType);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsDuplicateWriteWithoutSending_WhenTwoInstancesShareAKey()
    {
        var first = UowHarness.AccountFaker().Generate();
        var second = UowHarness.AccountFaker(99).Generate();
        second.Id = first.Id;
        _harness.Accounts.Update(first);
        _harness.Accounts.Update(second);

        var error = await Assert.ThrowsAsync<DuplicateWriteException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(typeof(Account), error.EntityType);
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
        var transfers = UowHarness.TransferFaker().Generate(99);
        foreach (var transfer in transfers)
        {
            _harness.Transfers.Add(transfer);
        }

        var original = transfers[repeated];
        _harness.Transfers.Delete(new Transfer { AccountId = original.AccountId, TransferId = original.TransferId });

        var error = await Assert.ThrowsAsync<DuplicateWriteException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal($"({original.AccountId}, {original.TransferId})", error.Key);
        Assert.Contains("(Add, then Delete", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _harness.CallCount());
        Assert.Equal(100, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_Sends_WhenTheSameKeyIsInTwoTables()
    {
        var account = UowHarness.AccountFaker().Generate();
        _harness.Accounts.Update(account);
        _harness.Tags.Add(new Tag { Name = account.Id });

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal(1, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_Sends_WhenKeysShareTheirTextButSplitItDifferently()
    {
        // ("ab", "c") and ("a", "bc") are different items, as are two items with the same sort key in two partitions.
        _harness.Transfers.Add(new Transfer { AccountId = "ab", TransferId = "c" });
        _harness.Transfers.Add(new Transfer { AccountId = "a", TransferId = "bc" });
        _harness.Transfers.Add(new Transfer { AccountId = "x", TransferId = "c" });

        var written = await _harness.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal(3, written);
        Assert.Equal(1, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsDuplicateWrite_WhenTwoInstancesShareAPartitionAndSortKey()
    {
        _harness.Transfers.Add(new Transfer { AccountId = "a", TransferId = "t-1" });
        _harness.Transfers.Add(new Transfer { AccountId = "a", TransferId = "t-2" });
        _harness.Transfers.Add(new Transfer { AccountId = "a", TransferId = "t-1", Memo = "again" });

        var error = await Assert.ThrowsAsync<DuplicateWriteException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(typeof(Transfer), error.EntityType);
        Assert.Equal("(a, t-1)", error.Key);
        Assert.Equal(0, _harness.CallCount());
    }

    // Eleven items whose estimated sizes add up to exactly totalBytes (each under the 400 KB item limit).
    private void StageTransfersOfTotalSize(long totalBytes)
    {
        var transfers = UowHarness.TransferFaker().Generate(11);
        var metadata = UowHarness.Model.Get<Transfer>();
        var share = totalBytes / transfers.Count;
        long total = 0;
        for (var i = 0; i < transfers.Count; i++)
        {
            transfers[i].Payload = string.Empty;
            var baseSize = ItemSizeEstimator.Estimate(metadata.ToItem(transfers[i]));
            var target = i == transfers.Count - 1 ? totalBytes - total : share;
            transfers[i].Payload = new string('p', (int)(target - baseSize));
            total += ItemSizeEstimator.Estimate(metadata.ToItem(transfers[i]));
            _harness.Transfers.Add(transfers[i]);
        }

        Assert.Equal(totalBytes, total);
    }
}
