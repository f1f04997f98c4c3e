using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.Repositories;
using Dynamo.Repositories.Tests.Model;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.UnitOfWork;

/// <summary>
/// One layer of retries per failure kind, counted at the transport (the fault-injecting handler sees every HTTP send):
/// the AWS SDK retries throttling, server and transport errors of one request; the library retries transaction
/// conflicts with the commit's ClientRequestToken.
/// </summary>
public sealed class CommitRetryTests(DynamoDbLocalFixture fixture)
{
    /// <summary>The documented figure (README, "Retries"): sends of one commit under a fault that never clears, with the SDK's and the library's defaults.</summary>
    private const int SendsUnderPersistentFault = 4;

    private const int RetryAttempts = 2;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("TransactWriteItems", Fault.Throttling, typeof(WriteThrottledException))]
    [InlineData("PutItem", Fault.Throttling, typeof(WriteThrottledException))]
    [InlineData("TransactWriteItems", Fault.InternalServerError, typeof(DynamoUnavailableException))]
    [InlineData("PutItem", Fault.InternalServerError, typeof(DynamoUnavailableException))]
    [InlineData("TransactWriteItems", Fault.TransactionConflict, typeof(TransactionContentionException))]
    public async Task SaveChangesAsync_SendsTheDocumentedNumberOfTimes_WhenAFaultPersistsWithDefaultSettings(string operation, Fault fault, Type expected)
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(CommitRetryTests), operation: operation, sdkDefaults: true);
        var wallets = RepositoryWriteTests.WalletFaker(53).Generate(2);
        await using var scope = host.OpenScope();
        scope.Wallets.Add(wallets[0]);
        if (operation == "TransactWriteItems")
        {
            scope.Wallets.Add(wallets[1]);
        }

        host.Handler.Inject(fault, 50);

        var error = await Assert.ThrowsAnyAsync<UnitOfWorkException>(() => scope.UnitOfWork.SaveChangesAsync(Token));

        Assert.IsType(expected, error);
        Assert.Equal(SendsUnderPersistentFault, host.Handler.Matching);
        Assert.Equal(0, host.Handler.Forwarded);
        Assert.Equal(0, wallets[0].Version);
    }

    [Fact]
    public async Task SaveChangesAsync_AppliesOnce_WhenTheReplyIsLostAndTheSdkReplaysTheCommitWithItsToken()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(CommitRetryTests), sdkDefaults: true);
        var wallet = RepositoryWriteTests.WalletFaker(50).Generate();
        var entry = new LedgerEntry { WalletId = wallet.Id, EntryId = "opening", Amount = wallet.Balance };
        await using var scope = host.OpenScope();
        scope.Wallets.Add(wallet);
        scope.Ledger.Add(entry);
        host.Handler.Inject(Fault.DropReplyAfterForwarding);

        var count = await scope.UnitOfWork.SaveChangesAsync(Token);

        await using var check = host.OpenScope();
        var stored = await check.Wallets.GetAsync(wallet.Id, Token);
        Assert.Equal(2, count);
        Assert.Equal(2, host.Handler.Forwarded);
        Assert.Equal(1, stored!.Version);
        Assert.Equal(1, wallet.Version);
        Assert.NotNull(await check.Ledger.GetAsync(entry.WalletId, entry.EntryId, Token));
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsOutcomeUnknown_WhenTheReplyIsLostAndTheReplayCarriesAnotherPayload()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(CommitRetryTests), sdkDefaults: true);
        var wallets = RepositoryWriteTests.WalletFaker(54).Generate(2);
        await using var scope = host.OpenScope();
        wallets.ForEach(scope.Wallets.Add);
        host.Handler.Inject(Fault.DropReplyAfterForwarding);
        host.Handler.Inject(Fault.ChangePayloadAndForward);

        var error = await Assert.ThrowsAsync<CommitOutcomeUnknownException>(() => scope.UnitOfWork.SaveChangesAsync(Token));

        await using var check = host.OpenScope();
        Assert.IsType<Amazon.DynamoDBv2.Model.IdempotentParameterMismatchException>(error.InnerException);
        Assert.DoesNotContain("Nothing was written", error.Message, StringComparison.Ordinal);
        Assert.Contains("reload", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await check.Wallets.GetAsync(wallets[0].Id, Token));
        Assert.Equal(2, scope.UnitOfWork.PendingCount);
        Assert.Equal(0, wallets[0].Version);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SaveChangesAsync_SaysASingleWriteMayHaveBeenApplied_WhenTheSdkResentItAfterALostReplyAndItFailedItsCondition(bool clientBuiltFirst)
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(CommitRetryTests), operation: "PutItem", sdkDefaults: true, clientFirst: clientBuiltFirst);
        var wallet = RepositoryWriteTests.WalletFaker(55).Generate();
        await using var scope = host.OpenScope();
        scope.Wallets.Add(wallet);
        host.Handler.Inject(Fault.DropReplyAfterForwarding);

        var error = await Assert.ThrowsAsync<CommitOutcomeUnknownException>(() => scope.UnitOfWork.SaveChangesAsync(Token));

        await using var check = host.OpenScope();
        Assert.Equal(2, host.Handler.Forwarded);
        Assert.Contains("may have been applied", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing was written", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await check.Wallets.GetAsync(wallet.Id, Token))!.Version);
    }

    [Fact]
    public async Task SaveChangesAsync_SaysTheOutcomeIsUnknown_WhenTheReplyIsLostAndTheSdkDoesNotRetry()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(CommitRetryTests));
        var wallets = RepositoryWriteTests.WalletFaker(56).Generate(2);
        await using var scope = host.OpenScope();
        wallets.ForEach(scope.Wallets.Add);
        host.Handler.Inject(Fault.DropReplyAfterForwarding);

        var error = await Assert.ThrowsAsync<DynamoUnavailableException>(() => scope.UnitOfWork.SaveChangesAsync(Token));

        await using var check = host.OpenScope();
        Assert.Equal(1, host.Handler.Matching);
        Assert.Contains("outcome is unknown", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await check.Wallets.GetAsync(wallets[0].Id, Token));
    }

    [Fact]
    public async Task SaveChangesAsync_Succeeds_WhenTransactionConflictsClearWithinTheRetries()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(CommitRetryTests), o => o.CommitRetryAttempts = RetryAttempts);
        var wallets = RepositoryWriteTests.WalletFaker(51).Generate(2);
        await using var scope = host.OpenScope();
        wallets.ForEach(scope.Wallets.Add);
        host.Handler.Inject(Fault.TransactionConflict, RetryAttempts);

        await scope.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal(RetryAttempts + 1, host.Handler.Matching);
        Assert.NotNull(await scope.Wallets.GetAsync(wallets[1].Id, Token));
    }

    [Theory]
    [InlineData(Fault.TransactionConflict, typeof(TransactionContentionException), RetryAttempts + 1)]
    [InlineData(Fault.Throttling, typeof(WriteThrottledException), 1)]
    [InlineData(Fault.InternalServerError, typeof(DynamoUnavailableException), 1)]
    public async Task SaveChangesAsync_RetriesOnlyConflicts_ThenThrowsTyped_WhenTheFaultPersistsAndSdkRetriesAreOff(Fault fault, Type expected, int sends)
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(CommitRetryTests), o => o.CommitRetryAttempts = RetryAttempts);
        var wallets = RepositoryWriteTests.WalletFaker(52).Generate(2);
        await using var scope = host.OpenScope();
        wallets.ForEach(scope.Wallets.Add);
        host.Handler.Inject(fault, RetryAttempts + 1);

        var error = await Assert.ThrowsAnyAsync<UnitOfWorkException>(() => scope.UnitOfWork.SaveChangesAsync(Token));

        Assert.IsType(expected, error);
        Assert.Equal(sends, host.Handler.Matching);
        Assert.Equal(0, host.Handler.Forwarded);
        Assert.Equal(2, scope.UnitOfWork.PendingCount);
        Assert.Null(await scope.Wallets.GetAsync(wallets[0].Id, Token));
        Assert.Equal(0, wallets[0].Version);
    }
}
