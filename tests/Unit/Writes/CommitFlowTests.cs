using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>The commit's edges: the 400 KB item boundary, writes staged during a commit, and a missing table in a transaction.</summary>
public sealed class CommitFlowTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_Sends_WhenAnItemIsExactly400Kilobytes()
    {
        var transfer = TransferOfSize(ItemSizeEstimator.MaxItemBytes);
        _harness.Ledger.Add(transfer);

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal(1, _harness.CallCount());
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsItemTooLargeNamingTheSize_WhenAnItemIs400KilobytesAndOneByte()
    {
        var transfer = TransferOfSize(ItemSizeEstimator.MaxItemBytes + 1);
        _harness.Ledger.Add(transfer);

        var error = await Assert.ThrowsAsync<ItemTooLargeException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("about 409601 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 409600 bytes (400 KB)", error.Message, StringComparison.Ordinal);
        Assert.Equal($"({transfer.WalletId}, {transfer.EntryId})", error.Key);
        Assert.Equal(0, _harness.CallCount());
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ChecksEveryItem_NotOnlyTheFirst()
    {
        _harness.Ledger.Add(RepositoryHarness.EntryFaker().Generate());
        _harness.Ledger.Add(TransferOfSize(ItemSizeEstimator.MaxItemBytes + 1, "acc-large"));

        var error = await Assert.ThrowsAsync<ItemTooLargeException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("acc-large", error.Key, StringComparison.Ordinal);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_KeepsAWriteStagedDuringTheCommit()
    {
        var sent = new TaskCompletionSource<UpdateItemResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>()).Returns(sent.Task);
        var accounts = RepositoryHarness.WalletFaker().Generate(2);
        _harness.Wallets.Update(accounts[0]);

        var save = _harness.UnitOfWork.SaveChangesAsync(Token);
        _harness.Wallets.Update(accounts[1]);
        sent.SetResult(new UpdateItemResponse());
        var count = await save;

        Assert.Equal(1, count);
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
        _harness.Wallets.Update(accounts[0]);
        Assert.Equal(2, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_NamesEveryTableOnce_WhenATableOfATransactionIsMissing()
    {
        _harness.Wallets.Update(RepositoryHarness.WalletFaker().Generate());
        _harness.Ledger.Add(RepositoryHarness.EntryFaker().Generate());
        _harness.Ledger.Add(RepositoryHarness.EntryFaker(12).Generate());
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ResourceNotFoundException("Requested resource not found"));

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("a table does not exist (test-Wallets, test-Ledger)", error.Message, StringComparison.Ordinal);
        Assert.Contains("The commit of 3 staged write(s)", error.Message, StringComparison.Ordinal);
        Assert.Empty(error.Outcomes);
        Assert.Null(error.EntityType);
        Assert.Equal(3, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsUnavailable_WhenATransactionFailsWithAServerError()
    {
        _harness.Wallets.Update(RepositoryHarness.WalletFaker().Generate());
        _harness.Ledger.Add(RepositoryHarness.EntryFaker().Generate());
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new InternalServerErrorException("internal"));

        var error = await Assert.ThrowsAsync<DynamoUnavailableException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("The commit of 2 staged write(s) failed with server or transport errors", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Key);
    }

    private static LedgerEntry TransferOfSize(long bytes, string? accountId = null)
    {
        var transfer = RepositoryHarness.EntryFaker().Generate();
        transfer.WalletId = accountId ?? transfer.WalletId;
        var metadata = RepositoryHarness.Model.Get<LedgerEntry>();
        transfer.Payload = string.Empty;
        var withoutPayload = ItemSizeEstimator.Estimate(metadata.ToItem(transfer));
        transfer.Payload = new string('p', (int)(bytes - withoutPayload));
        Assert.Equal(bytes, ItemSizeEstimator.Estimate(metadata.ToItem(transfer)));
        return transfer;
    }
}
