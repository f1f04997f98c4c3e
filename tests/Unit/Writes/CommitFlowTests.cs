using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.UnitTests.UnitOfWork;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>The commit's edges: the 400 KB item boundary, writes staged during a commit, and a missing table in a transaction.</summary>
public sealed class CommitFlowTests
{
    private readonly UowHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_Sends_WhenAnItemIsExactly400Kilobytes()
    {
        var transfer = TransferOfSize(ItemSizeEstimator.MaxItemBytes);
        _harness.Transfers.Add(transfer);

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal(1, _harness.CallCount());
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsItemTooLargeNamingTheSize_WhenAnItemIs400KilobytesAndOneByte()
    {
        var transfer = TransferOfSize(ItemSizeEstimator.MaxItemBytes + 1);
        _harness.Transfers.Add(transfer);

        var error = await Assert.ThrowsAsync<ItemTooLargeException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("about 409601 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 409600 bytes (400 KB)", error.Message, StringComparison.Ordinal);
        Assert.Equal($"({transfer.AccountId}, {transfer.TransferId})", error.Key);
        Assert.Equal(0, _harness.CallCount());
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ChecksEveryItem_NotOnlyTheFirst()
    {
        _harness.Transfers.Add(UowHarness.TransferFaker().Generate());
        _harness.Transfers.Add(TransferOfSize(ItemSizeEstimator.MaxItemBytes + 1, "acc-large"));

        var error = await Assert.ThrowsAsync<ItemTooLargeException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("acc-large", error.Key, StringComparison.Ordinal);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_KeepsAWriteStagedDuringTheCommit()
    {
        var sent = new TaskCompletionSource<UpdateItemResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>()).Returns(sent.Task);
        var accounts = UowHarness.AccountFaker().Generate(2);
        _harness.Accounts.Update(accounts[0]);

        var save = _harness.UnitOfWork.SaveChangesAsync(Token);
        _harness.Accounts.Update(accounts[1]);
        sent.SetResult(new UpdateItemResponse());
        var count = await save;

        Assert.Equal(1, count);
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
        _harness.Accounts.Update(accounts[0]);
        Assert.Equal(2, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_NamesEveryTableOnce_WhenATableOfATransactionIsMissing()
    {
        _harness.Accounts.Update(UowHarness.AccountFaker().Generate());
        _harness.Transfers.Add(UowHarness.TransferFaker().Generate());
        _harness.Transfers.Add(UowHarness.TransferFaker(12).Generate());
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ResourceNotFoundException("Requested resource not found"));

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("a table does not exist (test-Accounts, test-Transfers)", error.Message, StringComparison.Ordinal);
        Assert.Contains("The commit of 3 staged write(s)", error.Message, StringComparison.Ordinal);
        Assert.Empty(error.Outcomes);
        Assert.Null(error.EntityType);
        Assert.Equal(3, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsUnavailable_WhenATransactionFailsWithAServerError()
    {
        _harness.Accounts.Update(UowHarness.AccountFaker().Generate());
        _harness.Transfers.Add(UowHarness.TransferFaker().Generate());
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new InternalServerErrorException("internal"));

        var error = await Assert.ThrowsAsync<DynamoUnavailableException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("The commit of 2 staged write(s) failed with server or transport errors", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Key);
    }

    private static Transfer TransferOfSize(long bytes, string? accountId = null)
    {
        var transfer = UowHarness.TransferFaker().Generate();
        transfer.AccountId = accountId ?? transfer.AccountId;
        var metadata = UowHarness.Model.Get<Transfer>();
        transfer.Payload = string.Empty;
        var withoutPayload = ItemSizeEstimator.Estimate(metadata.ToItem(transfer));
        transfer.Payload = new string('p', (int)(bytes - withoutPayload));
        Assert.Equal(bytes, ItemSizeEstimator.Estimate(metadata.ToItem(transfer)));
        return transfer;
    }
}
