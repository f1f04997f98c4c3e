using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>What a failure message says was written, and whom it blames, for single writes and transactions.</summary>
public sealed class CommitFailureMessageTests
{
    private readonly RepositoryHarness _harness = new(commitRetryAttempts: 0);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_BlamesTheFirstFailure_WhenALaterWriteFailsForAnotherReason()
    {
        var transfers = RepositoryHarness.EntryFaker().Generate(2);
        transfers.ForEach(_harness.Ledger.Add);
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new TransactionCanceledException("canceled") { CancellationReasons = [new() { Code = "ValidationError" }, new() { Code = "ThrottlingError" }] });

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal($"({transfers[0].WalletId}, {transfers[0].EntryId})", error.Key);
    }

    [Fact]
    public async Task SaveChangesAsync_SaysNothingWasWritten_WhenAnUpdatedItemIsGone()
    {
        _harness.Wallets.Update(RepositoryHarness.WalletFaker().Generate());
        _harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed") { Item = [] });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("no item with this key exists (it was deleted, or never created)", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("discard the staged writes. Nothing was written.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_EndsTheMessageWithTheAdvice_WhenASingleDeleteFindsNoItem()
    {
        _harness.Wallets.Delete(RepositoryHarness.WalletFaker().Generate());
        _harness.Client.DeleteItemAsync(Arg.Any<DeleteItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed"));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.EndsWith("or discard the staged writes.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_BlamesNoWrite_WhenAWholeTransactionIsThrottled()
    {
        RepositoryHarness.WalletFaker().Generate(2).ForEach(_harness.Wallets.Update);
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ProvisionedThroughputExceededException("slow down"));

        var error = await Assert.ThrowsAsync<WriteThrottledException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.StartsWith("The commit of 2 staged write(s) was throttled", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Key);
        Assert.Null(error.EntityType);
        Assert.Empty(error.Outcomes);
    }

    [Fact]
    public async Task SaveChangesAsync_NamesTheWrite_WhenASingleWriteOutlastsTheSdkRetries()
    {
        var account = RepositoryHarness.WalletFaker().Generate();
        _harness.Wallets.Update(account);
        _harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new HttpRequestException("connection reset"));

        var error = await Assert.ThrowsAsync<DynamoUnavailableException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.StartsWith($"The Update of Wallet ({account.Id}) failed with server or transport errors", error.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(Wallet), error.EntityType);
    }
}
