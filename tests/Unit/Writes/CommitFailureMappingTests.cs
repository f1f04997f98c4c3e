using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>How a canceled transaction's reasons are mapped back to the staged writes, and which write is blamed.</summary>
public sealed class CommitFailureMappingTests
{
    private readonly RepositoryHarness _harness = new(commitRetryAttempts: 0);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_ThrowsWriteRejectedWithEveryWriteNotAtFault_WhenTheCancellationHasNoReasons()
    {
        var transfers = StageTransfers(2);
        FailTransaction(new TransactionCanceledException("Transaction cancelled") { CancellationReasons = null });

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("without a reason for any staged write", error.Message, StringComparison.Ordinal);
        Assert.Equal([StagedWriteStatus.NotAtFault, StagedWriteStatus.NotAtFault], error.Outcomes.Select(o => o.Status));
        Assert.Equal(transfers.Select(Key), error.Outcomes.Select(o => o.Key));
        Assert.All(error.Outcomes, o => Assert.Null(o.Reason));
        Assert.Null(error.Key);
        Assert.Equal(2, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsWriteRejectedWithoutBlame_WhenEveryReasonIsNone()
    {
        StageTransfers(2);
        FailTransaction(Reasons("None", string.Empty));

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("without a reason", error.Message, StringComparison.Ordinal);
        Assert.All(error.Outcomes, o => Assert.Equal(StagedWriteStatus.NotAtFault, o.Status));
    }

    [Fact]
    public async Task SaveChangesAsync_BlamesTheFirstFailingWrite_WhenSeveralReasonsAreNotNone()
    {
        var transfers = StageTransfers(3);
        FailTransaction(Reasons("None", "ValidationError", "ItemCollectionSizeLimitExceeded"));

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(Key(transfers[1]), error.Key);
        Assert.Contains(transfers[1].EntryId, error.Message, StringComparison.Ordinal);
        Assert.Contains("(ValidationError)", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            [StagedWriteStatus.NotAtFault, StagedWriteStatus.Failed, StagedWriteStatus.Failed],
            error.Outcomes.Select(o => o.Status));
        Assert.Equal([null, "ValidationError", "ItemCollectionSizeLimitExceeded"], error.Outcomes.Select(o => o.Reason));
    }

    [Fact]
    public async Task SaveChangesAsync_BlamesTheFailedCondition_WhenAnEarlierWriteHasAnotherReason()
    {
        var transfers = StageTransfers(3);
        FailTransaction(Reasons("ValidationError", "None", "ConditionalCheckFailed"));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(Key(transfers[2]), error.Key);
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Contains("The other 2 staged write(s) were not at fault", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_BlamesTheFirstFailedCondition_WhenTwoConditionsFail()
    {
        var transfers = StageTransfers(3);
        FailTransaction(Reasons("None", "ConditionalCheckFailed", "ConditionalCheckFailed"));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(Key(transfers[1]), error.Key);
    }

    [Fact]
    public async Task SaveChangesAsync_IgnoresReasonsBeyondTheStagedWrites()
    {
        StageTransfers(2);
        FailTransaction(Reasons("None", "None", "ConditionalCheckFailed"));

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("without a reason", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Outcomes.Count);
    }

    [Fact]
    public async Task SaveChangesAsync_TreatsMissingReasons_AsNotAtFault_WhenFewerReasonsThanWrites()
    {
        var transfers = StageTransfers(3);
        FailTransaction(Reasons("None", "ValidationError"));

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(Key(transfers[1]), error.Key);
        Assert.Equal([StagedWriteStatus.NotAtFault, StagedWriteStatus.Failed, StagedWriteStatus.NotAtFault], error.Outcomes.Select(o => o.Status));
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsItemTooLarge_WhenAValidationReasonIsAboutSize()
    {
        var transfers = StageTransfers(2);
        FailTransaction(new TransactionCanceledException("Transaction cancelled")
        {
            CancellationReasons = [new() { Code = "None" }, new() { Code = "ValidationError", Message = "Item size has exceeded the maximum allowed size" }],
        });

        var error = await Assert.ThrowsAsync<ItemTooLargeException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(Key(transfers[1]), error.Key);
        Assert.Contains("larger than DynamoDB allows", error.Message, StringComparison.Ordinal);
        Assert.Equal("ValidationError", error.Outcomes[1].Reason); // the outcome keeps DynamoDB's own code
    }

    [Fact]
    public async Task SaveChangesAsync_KeepsValidationError_WhenItsMessageIsAboutSomethingElse()
    {
        StageTransfers(2);
        FailTransaction(new TransactionCanceledException("Transaction cancelled")
        {
            CancellationReasons = [new() { Code = "ValidationError", Message = "One or more parameter values were invalid: size is fine" }, new() { Code = "None" }],
        });

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("(ValidationError)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsConditionCheckFailed_WhenAStagedCheckFails()
    {
        var account = RepositoryHarness.WalletFaker().Generate();
        var transfer = RepositoryHarness.EntryFaker().Generate();
        _harness.Wallets.Check(new EntityKey(account.Id), a => a.Balance > 10);
        _harness.Ledger.Add(transfer);
        FailTransaction(Reasons("ConditionalCheckFailed", "None"));

        var error = await Assert.ThrowsAsync<ConditionCheckFailedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(typeof(Wallet), error.EntityType);
        Assert.Equal($"({account.Id})", error.Key);
        Assert.Contains("did not hold", error.Message, StringComparison.Ordinal);
        Assert.Contains("The other 1 staged write(s) were not at fault", error.Message, StringComparison.Ordinal);
        Assert.Equal([StagedWriteStatus.Failed, StagedWriteStatus.NotAtFault], error.Outcomes.Select(o => o.Status));
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsThrottledWithTheReasonsAdvice_WhenAWriteIsThrottled()
    {
        StageTransfers(2);
        FailTransaction(Reasons("None", "ThrottlingError"));

        var error = await Assert.ThrowsAsync<WriteThrottledException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("throttled by DynamoDB", error.Message, StringComparison.Ordinal);
        Assert.Contains("Retry later, or raise the table's capacity.", error.Message, StringComparison.Ordinal);
        Assert.Empty(error.ThrottlingReasons);
    }

    [Fact]
    public async Task SaveChangesAsync_MapsRequestLimitExceeded_AsThrottling()
    {
        StageTransfers(2);
        FailTransaction(Reasons("RequestLimitExceeded", "None"));

        var error = await Assert.ThrowsAsync<WriteThrottledException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal("RequestLimitExceeded", error.Outcomes[0].Reason);
    }

    private List<LedgerEntry> StageTransfers(int count)
    {
        var transfers = RepositoryHarness.EntryFaker().Generate(count);
        transfers.ForEach(_harness.Ledger.Add);
        return transfers;
    }

    private static string Key(LedgerEntry transfer) => $"({transfer.WalletId}, {transfer.EntryId})";

    private static TransactionCanceledException Reasons(params string[] codes) =>
        new("Transaction cancelled") { CancellationReasons = [.. codes.Select(c => new CancellationReason { Code = c })] };

    private void FailTransaction(TransactionCanceledException exception) =>
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(exception);
}
