using Bogus;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.Repositories;
using Dynamo.Repositories.Tests.Model;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.UnitOfWork;

public sealed class AtomicCommitTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Faker<LedgerEntry> EntryFaker(string walletId, int seed) => new Faker<LedgerEntry>()
        .UseSeed(seed)
        .RuleFor(e => e.WalletId, walletId)
        .RuleFor(e => e.EntryId, f => f.Random.Guid().ToString())
        .RuleFor(e => e.Amount, f => f.Finance.Amount(1, 100))
        .RuleFor(e => e.Note, f => f.Lorem.Word());

    [Fact]
    public async Task SaveChangesAsync_WritesNothingAcrossTwoTables_WhenOneConditionFails()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(AtomicCommitTests));
        var wallets = RepositoryWriteTests.WalletFaker(10).Generate(2);
        await using (var setup = host.OpenScope())
        {
            await setup.Wallets.AddRangeAsync(wallets, Token);
        }

        await using var scope = host.OpenScope();
        var debit = (await scope.Wallets.GetAsync(wallets[0].Id, Token))!;
        var stale = (await scope.Wallets.GetAsync(wallets[1].Id, Token))!;
        await using (var other = host.OpenScope())
        {
            var changed = (await other.Wallets.GetAsync(wallets[1].Id, Token))!;
            changed.Transfers++;
            await other.Wallets.UpdateAsync(changed, Token);
        }

        var entry = EntryFaker(debit.Id, 1).Generate();
        debit.Balance -= entry.Amount;
        stale.Balance += entry.Amount;
        scope.Wallets.Update(debit);
        scope.Ledger.Add(entry);
        scope.Wallets.Update(stale);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => scope.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(typeof(Wallet), error.EntityType);
        Assert.Equal($"({stale.Id})", error.Key);
        Assert.Equal([StagedWriteStatus.NotAtFault, StagedWriteStatus.NotAtFault, StagedWriteStatus.Failed], error.Outcomes.Select(o => o.Status));
        Assert.Equal(typeof(LedgerEntry), error.Outcomes[1].EntityType);
        Assert.Equal(2, error.StoredVersion);
        Assert.Null(await scope.Ledger.GetAsync(entry.WalletId, entry.EntryId, Token));
        Assert.Equal(wallets[0].Balance, (await scope.Wallets.GetAsync(debit.Id, Token))!.Balance);
        Assert.Equal((1L, 1L), (debit.Version, stale.Version));
        Assert.Equal(3, scope.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_CommitsEverythingAndBumpsVersions_AcrossTwoTables()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(AtomicCommitTests));
        var wallet = RepositoryWriteTests.WalletFaker(11).Generate();
        var entries = EntryFaker(wallet.Id, 2).Generate(3);
        await using var scope = host.OpenScope();
        scope.Wallets.Add(wallet);
        entries.ForEach(scope.Ledger.Add);

        var count = await scope.UnitOfWork.SaveChangesAsync(Token);
        wallet.Balance += 1;
        await scope.Wallets.UpdateAsync(wallet, Token);

        Assert.Equal(4, count);
        Assert.Equal(2, wallet.Version);
        Assert.All(entries, e => Assert.NotNull(scope.Ledger.GetAsync(e.WalletId, e.EntryId, Token).GetAwaiter().GetResult()));
    }

    [Fact]
    public async Task Check_FailsTheCommitWithItsOwnType_WhenTheConditionDoesNotHold()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(AtomicCommitTests));
        var wallet = RepositoryWriteTests.WalletFaker(12).Generate();
        wallet.Active = false;
        await using var scope = host.OpenScope();
        await scope.Wallets.AddAsync(wallet, Token);
        var entry = EntryFaker(wallet.Id, 3).Generate();

        scope.Wallets.Check(new EntityKey(wallet.Id), w => w.Active);
        scope.Ledger.Add(entry);
        var error = await Assert.ThrowsAsync<ConditionCheckFailedException>(() => scope.UnitOfWork.SaveChangesAsync(Token));
        scope.UnitOfWork.DiscardChanges();
        scope.Wallets.Check(new EntityKey(wallet.Id), w => !w.Active && w.Balance >= 0);
        scope.Ledger.Add(entry);
        await scope.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal($"({wallet.Id})", error.Key);
        Assert.Equal(StagedWriteKind.Check, error.Outcomes[0].Kind);
        Assert.Equal(StagedWriteStatus.NotAtFault, error.Outcomes[1].Status);
        Assert.NotNull(await scope.Ledger.GetAsync(entry.WalletId, entry.EntryId, Token));
    }

    [Fact]
    public async Task SaveChangesAsync_SendsZeroRequests_When101ActionsAreStaged()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(AtomicCommitTests));
        await using var scope = host.OpenScope();
        EntryFaker("w-limit", 4).Generate(101).ForEach(scope.Ledger.Add);
        var before = host.Requests;

        await Assert.ThrowsAsync<TransactionLimitException>(() => scope.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(before, host.Requests);
    }

    [Fact]
    public async Task SaveChangesAsync_SendsZeroRequests_WhenTheItemsExceed4MegabytesByOneByte()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(AtomicCommitTests));
        await using var scope = host.OpenScope();
        var entries = EntryFaker("w-size", 5).Generate(11);
        var metadata = ((DynamoRepository<LedgerEntry>)scope.Ledger).Metadata;
        const long Total = (4 * 1024 * 1024) + 1;
        long sum = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].Payload = string.Empty;
            var baseSize = Dynamo.Repositories.Items.ItemSizeEstimator.Estimate(metadata.ToItem(entries[i]));
            var target = i == entries.Count - 1 ? Total - sum : Total / entries.Count;
            entries[i].Payload = new string('x', (int)(target - baseSize));
            sum += target;
            scope.Ledger.Add(entries[i]);
        }

        var before = host.Requests;
        var error = await Assert.ThrowsAsync<TransactionLimitException>(() => scope.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(Total, error.EstimatedSizeBytes);
        Assert.Equal(before, host.Requests);
    }

    [Fact]
    public async Task SaveChangesAsync_SendsZeroRequests_WhenTheSameKeyIsStagedTwice()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(AtomicCommitTests));
        await using var scope = host.OpenScope();
        var entries = EntryFaker("w-dup", 6).Generate(2);
        entries[1].EntryId = entries[0].EntryId;
        scope.Ledger.Add(entries[0]);
        scope.Ledger.Upsert(entries[1]);
        var before = host.Requests;

        var error = await Assert.ThrowsAsync<DuplicateWriteException>(() => scope.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains(entries[0].EntryId, error.Key, StringComparison.Ordinal);
        Assert.Equal(before, host.Requests);
    }
}
