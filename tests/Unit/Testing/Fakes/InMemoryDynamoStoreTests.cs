using Ardalis.Specification;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Testing.Fakes;
using Dynamo.Repositories.Tests.Model;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Fakes;

public sealed class InMemoryDynamoStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_StoresWithoutRecording()
    {
        var store = TestData.NewStore();
        var wallet = TestData.Wallets().Generate();

        store.Seed(wallet);

        Assert.Empty(store.Committed);
        Assert.Equal(wallet.Owner, (await store.Repository<Wallet>().GetAsync(wallet.Id, Token))!.Owner);
    }

    [Fact]
    public async Task GetAsync_ReturnsStoredState_WhenEntityChangedWithoutSaving()
    {
        var store = TestData.NewStore();
        var wallet = TestData.Wallets().Generate();
        var balance = wallet.Balance;
        store.Seed(wallet);

        wallet.Balance += 1000m;
        wallet.Tags.Add("changed");
        var loaded = (await store.Repository<Wallet>().GetAsync(wallet.Id, Token))!;
        loaded.Tags.Clear();
        var again = (await store.Repository<Wallet>().GetAsync(wallet.Id, Token))!;

        Assert.NotSame(wallet, loaded);
        Assert.Equal(balance, again.Balance);
        Assert.Single(again.Tags);
    }

    [Fact]
    public async Task Committed_HoldsCopies_WhenSnapshotIsChanged()
    {
        var store = TestData.NewStore();
        var wallet = TestData.Wallets().Generate();
        await store.Repository<Wallet>().AddAsync(wallet, Token);

        ((Wallet)store.Committed[0].Entity!).Owner = "mutated";

        Assert.NotEqual("mutated", (await store.Repository<Wallet>().GetAsync(wallet.Id, Token))!.Owner);
        Assert.NotEqual("mutated", wallet.Owner);
    }

    [Fact]
    public void Repository_ReturnsOneInstanceSharingTheUnitOfWork()
    {
        var store = TestData.NewStore();

        Assert.Same(store.Repository<Wallet>(), store.Repository<Wallet>());
        Assert.Same(store.UnitOfWork, store.Repository<LedgerEntry>().UnitOfWork);
    }

    [Fact]
    public async Task ClearCommitted_ForgetsRecordedWrites()
    {
        var store = TestData.NewStore();
        await store.Repository<Wallet>().BulkPutNonAtomicAsync(TestData.Wallets().Generate(2), Token);
        Assert.Equal(2, store.Committed.Count);

        store.ClearCommitted();

        Assert.Empty(store.Committed);
    }

    [Fact]
    public void Constructor_ThrowsEntityConfigurationException_WhenConfigurationHasNoPartitionKey()
    {
        var error = Assert.ThrowsAny<DynamoRepositoryException>(() => new InMemoryDynamoStore(new NoKeyConfiguration()));

        Assert.Contains(nameof(Wallet), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repository_Throws_WhenEntityTypeIsNotConfigured()
    {
        var store = new InMemoryDynamoStore(new WalletConfiguration());

        Assert.ThrowsAny<DynamoRepositoryException>(() => store.Repository<LedgerEntry>());
    }

    [Fact]
    public async Task Context_BuildsACustomRepository_ThatSharesTheStoresUnitOfWork()
    {
        var store = TestData.NewStore();
        var wallets = new RichWalletRepository(store.Context);
        var seeded = TestData.Wallets().Generate(3);
        for (var i = 0; i < seeded.Count; i++)
        {
            seeded[i].Balance = 100 * i;
        }

        store.Seed([.. seeded]);

        var rich = await wallets.RichAsync(150m, Token);
        rich.Single().Owner = "renamed";
        wallets.Update(rich.Single());
        await store.UnitOfWork.SaveChangesAsync(Token);

        Assert.IsType<DynamoRepository<Wallet>>(store.Repository<Wallet>());
        Assert.Same(store.UnitOfWork, wallets.UnitOfWork);
        Assert.Equal((StagedWriteKind.Update, "renamed"), (store.Committed.Single().Kind, ((Wallet)store.Committed.Single().Entity!).Owner));
    }

    private sealed class RichWalletRepository(DynamoContext context) : DynamoRepository<Wallet>(context)
    {
        public Task<List<Wallet>> RichAsync(decimal above, CancellationToken cancellationToken)
        {
            var spec = new Specification<Wallet>();
            spec.Query.Where(w => w.Balance > above).AllowScan();
            return ListAsync(spec, cancellationToken);
        }
    }

    private sealed class NoKeyConfiguration : IDynamoEntityConfiguration<Wallet>
    {
        public void Configure(DynamoEntityBuilder<Wallet> builder) => builder.ToTable("Wallets");
    }
}
