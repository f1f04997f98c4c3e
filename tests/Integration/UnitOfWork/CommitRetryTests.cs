using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.Repositories;
using Dynamo.Repositories.Tests.Model;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.UnitOfWork;

public sealed class CommitRetryTests(DynamoDbLocalFixture fixture)
{
    private const int RetryAttempts = 2;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_AppliesOnce_WhenTheReplyIsLostAndTheCommitIsReplayedWithItsToken()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(CommitRetryTests), o => o.CommitRetryAttempts = RetryAttempts);
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
    [InlineData(Fault.TransactionConflict, typeof(TransactionConflictException))]
    [InlineData(Fault.Throttling, typeof(WriteThrottledException))]
    [InlineData(Fault.InternalServerError, typeof(DynamoUnavailableException))]
    public async Task SaveChangesAsync_RetriesWithinTheBound_ThenThrowsTyped_WhenTheFaultPersists(Fault fault, Type expected)
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(CommitRetryTests), o => o.CommitRetryAttempts = RetryAttempts);
        var wallets = RepositoryWriteTests.WalletFaker(52).Generate(2);
        await using var scope = host.OpenScope();
        wallets.ForEach(scope.Wallets.Add);
        host.Handler.Inject(fault, RetryAttempts + 1);

        var error = await Assert.ThrowsAnyAsync<UnitOfWorkException>(() => scope.UnitOfWork.SaveChangesAsync(Token));

        Assert.IsType(expected, error);
        Assert.Equal(RetryAttempts + 1, host.Handler.Matching);
        Assert.Equal(0, host.Handler.Forwarded);
        Assert.Equal(2, scope.UnitOfWork.PendingCount);
        Assert.Null(await scope.Wallets.GetAsync(wallets[0].Id, Token));
        Assert.Equal(0, wallets[0].Version);
    }
}
