using Dynamo.Repositories.Testing.Fakes;
using Dynamo.Repositories.Tests.Model;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Fakes;

public sealed class InMemoryDynamoStoreCommitTests
{
    private readonly InMemoryDynamoStore _store = TestData.NewStore();

    private DynamoRepository<Wallet> Wallets => _store.Repository<Wallet>();

    private DynamoRepository<LedgerEntry> Entries => _store.Repository<LedgerEntry>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_ThrowsConcurrencyConflictAndKeepsStaged_WhenAddedKeyExists()
    {
        var existing = TestData.Wallets().Generate();
        _store.Seed(existing);
        var duplicate = new Wallet { Id = existing.Id, Owner = "someone else" };
        Wallets.Add(duplicate);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Contains(existing.Id, error.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(Wallet), error.EntityType);
        Assert.Equal(1, _store.UnitOfWork.PendingCount);
        Assert.Empty(_store.Committed);
        Assert.Equal(existing.Owner, (await Wallets.GetAsync(existing.Id, Token))!.Owner);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsConcurrencyConflict_WhenVersionIsStale()
    {
        var wallet = TestData.Wallets().Generate();
        _store.Seed(wallet);
        var first = (await Wallets.GetAsync(wallet.Id, Token))!;
        var second = (await Wallets.GetAsync(wallet.Id, Token))!;
        first.Balance += 10;
        await Wallets.UpdateAsync(first, Token);
        second.Balance -= 10;
        Wallets.Update(second);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(wallet.Version, error.ExpectedVersion);
        Assert.Equal(wallet.Version + 1, error.StoredVersion);
        Assert.Contains("stored version", error.Message, StringComparison.Ordinal);
        Assert.Equal(wallet.Version, second.Version);
        Assert.Equal(first.Balance, (await Wallets.GetAsync(wallet.Id, Token))!.Balance);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsConcurrencyConflict_WhenUnversionedUpdateTargetsMissingItem()
    {
        var entry = TestData.Entries("w-1").Generate();
        Entries.Update(entry);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("no item with this key exists", error.Message, StringComparison.Ordinal);
        Assert.Null(await Entries.GetAsync("w-1", entry.EntryId, Token));
    }

    [Fact]
    public async Task SaveChangesAsync_ChangesNothing_WhenOneOfSeveralWritesFails()
    {
        var wallets = TestData.Wallets().Generate(2);
        _store.Seed(wallets[0], wallets[1]);
        var loaded = (await Wallets.GetAsync(wallets[0].Id, Token))!;
        loaded.Balance = 0m;
        Wallets.Update(loaded);
        var entry = TestData.Entries(wallets[0].Id).Generate();
        Entries.Add(entry);
        Wallets.Add(new Wallet { Id = wallets[1].Id });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(3, error.Outcomes.Count);
        Assert.Equal(StagedWriteStatus.Failed, error.Outcomes[2].Status);
        Assert.Equal(StagedWriteStatus.NotAtFault, error.Outcomes[0].Status);
        Assert.Equal(wallets[0].Balance, (await Wallets.GetAsync(wallets[0].Id, Token))!.Balance);
        Assert.Null(await Entries.GetAsync(entry.WalletId, entry.EntryId, Token));
        Assert.Equal(wallets[0].Version, loaded.Version);
        Assert.Equal(3, _store.UnitOfWork.PendingCount);
        Assert.Empty(_store.Committed);
    }

    [Fact]
    public async Task SaveChangesAsync_BumpsVersionsRecordsAndClears_WhenCommitSucceeds()
    {
        var wallet = TestData.Wallets().Generate();
        var entry = TestData.Entries(wallet.Id).Generate();
        Wallets.Add(wallet);
        Entries.Add(entry);

        var written = await _store.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal(2, written);
        Assert.Equal(1, wallet.Version);
        Assert.Equal(0, _store.UnitOfWork.PendingCount);
        Assert.Collection(
            _store.Committed,
            w => Assert.Equal((typeof(Wallet), StagedWriteKind.Add, $"({wallet.Id})"), (w.EntityType, w.Kind, w.Key)),
            e => Assert.Equal((typeof(LedgerEntry), StagedWriteKind.Add, $"({wallet.Id}, {entry.EntryId})"), (e.EntityType, e.Kind, e.Key)));
        var snapshot = Assert.IsType<Wallet>(_store.Committed[0].Entity);
        Assert.NotSame(wallet, snapshot);
        Assert.Equal(1, snapshot.Version);
        Assert.Equal(wallet.Balance, snapshot.Balance);
    }

    [Fact]
    public async Task SaveChangesAsync_CommitsOneAdd_WhenAddThenUpdateOfSameEntity()
    {
        var wallet = TestData.Wallets().Generate();
        Wallets.Add(wallet);
        wallet.Balance = 42m;
        Wallets.Update(wallet);

        await _store.UnitOfWork.SaveChangesAsync(Token);

        var committed = Assert.Single(_store.Committed);
        Assert.Equal(StagedWriteKind.Add, committed.Kind);
        Assert.Equal(42m, (await Wallets.GetAsync(wallet.Id, Token))!.Balance);
    }

    [Fact]
    public void Stage_CancelsOut_WhenAddThenDeleteOfSameEntity()
    {
        var wallet = TestData.Wallets().Generate();
        Wallets.Add(wallet);

        Wallets.Delete(wallet);

        Assert.Equal(0, _store.UnitOfWork.PendingCount);
    }

    [Fact]
    public void Stage_ThrowsDuplicateWrite_WhenDeleteThenAddOfSameEntity()
    {
        var wallet = TestData.Wallets().Generate();
        Wallets.Delete(wallet);

        var error = Assert.Throws<DuplicateWriteException>(() => Wallets.Add(wallet));

        Assert.Contains("already staged for Delete", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _store.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsDuplicateWrite_WhenTwoInstancesShareAKey()
    {
        var wallet = TestData.Wallets().Generate();
        Wallets.Upsert(wallet);
        Wallets.Upsert(new Wallet { Id = wallet.Id });

        await Assert.ThrowsAsync<DuplicateWriteException>(() => _store.UnitOfWork.SaveChangesAsync(Token));

        Assert.Null(await Wallets.GetAsync(wallet.Id, Token));
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsTransactionLimit_WhenMoreThanOneHundredWrites()
    {
        foreach (var wallet in TestData.Wallets().Generate(101))
        {
            Wallets.Add(wallet);
        }

        var error = await Assert.ThrowsAsync<TransactionLimitException>(() => _store.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(101, error.ActionCount);
        Assert.False(await Wallets.AnyAsync(new ScanAllSpec<Wallet>(), Token));
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsConcurrencyConflict_WhenVersionedUpsertIsStale()
    {
        var wallet = TestData.Wallets().Generate();
        await Wallets.UpsertAsync(wallet, Token);
        var stale = new Wallet { Id = wallet.Id, Version = 0 };
        Wallets.Upsert(stale);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(1, error.StoredVersion);
        Assert.Equal(1, wallet.Version);
    }

    [Fact]
    public async Task SaveChangesAsync_DeletesItem_WhenVersionMatches()
    {
        var wallet = TestData.Wallets().Generate();
        _store.Seed(wallet);

        await Wallets.DeleteAsync((await Wallets.GetAsync(wallet.Id, Token))!, Token);

        Assert.Null(await Wallets.GetAsync(wallet.Id, Token));
        Assert.Equal(StagedWriteKind.Delete, Assert.Single(_store.Committed).Kind);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsConditionCheckFailed_WhenCheckedPredicateIsFalse()
    {
        var wallet = TestData.Wallets().Generate();
        wallet.Balance = 5m;
        _store.Seed(wallet);
        Wallets.Check(new EntityKey(wallet.Id), w => w.Balance >= 100m);
        Entries.Add(TestData.Entries(wallet.Id).Generate());

        var error = await Assert.ThrowsAsync<ConditionCheckFailedException>(() => _store.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains(wallet.Id, error.Message, StringComparison.Ordinal);
        Assert.False(await Entries.AnyAsync(new EntriesOfWalletSpec(wallet.Id), Token));
    }

    [Fact]
    public async Task SaveChangesAsync_CommitsAndRecordsCheck_WhenCheckedPredicateHolds()
    {
        var wallet = TestData.Wallets().Generate();
        wallet.Balance = 500m;
        _store.Seed(wallet);
        Wallets.Check(new EntityKey(wallet.Id), w => w.Balance >= 100m);
        var entry = TestData.Entries(wallet.Id).Generate();
        Entries.Add(entry);

        await _store.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal([StagedWriteKind.Check, StagedWriteKind.Add], _store.Committed.Select(c => c.Kind));
        Assert.Null(_store.Committed[0].Entity);
        Assert.NotNull(await Entries.GetAsync(wallet.Id, entry.EntryId, Token));
    }

    [Fact]
    public void Check_ThrowsUnsupportedSpecification_WhenPredicateHasNoDynamoEquivalent()
    {
        Assert.Throws<UnsupportedSpecificationException>(() => Wallets.Check(new EntityKey("w-1"), w => w.Owner.EndsWith("xy")));

        Assert.Equal(0, _store.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task DiscardChanges_DropsStagedWrites()
    {
        var wallet = TestData.Wallets().Generate();
        Wallets.Add(wallet);

        _store.UnitOfWork.DiscardChanges();

        Assert.Equal(0, await _store.UnitOfWork.SaveChangesAsync(Token));
        Assert.Null(await Wallets.GetAsync(wallet.Id, Token));
    }

    [Fact]
    public async Task UpdateAsync_RemovesAttribute_WhenPropertySetToNull()
    {
        var entry = TestData.Entries("w-9").Generate();
        _store.Seed(entry);
        var loaded = (await Entries.GetAsync("w-9", entry.EntryId, Token))!;
        loaded.Category = null;

        await Entries.UpdateAsync(loaded, Token);

        Assert.Null((await Entries.GetAsync("w-9", entry.EntryId, Token))!.Category);
    }
}
