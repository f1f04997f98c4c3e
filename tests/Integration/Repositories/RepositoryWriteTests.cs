using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.UnitOfWork;
using Dynamo.Repositories.Tests.Model;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Repositories;

public sealed class RepositoryWriteTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    internal static Faker<Wallet> WalletFaker(int seed) => new Faker<Wallet>()
        .UseSeed(seed)
        .RuleFor(w => w.Id, f => "w-" + f.Random.AlphaNumeric(10))
        .RuleFor(w => w.Owner, f => f.Name.FullName() + " Ünïcødé ✓")
        .RuleFor(w => w.Balance, f => f.Finance.Amount(0, 10_000, 4))
        .RuleFor(w => w.Transfers, f => f.Random.Int(0, 1000))
        .RuleFor(w => w.Score, f => f.Random.Double())
        .RuleFor(w => w.Active, f => f.Random.Bool())
        .RuleFor(w => w.ExternalId, f => f.Random.Guid())
        .RuleFor(w => w.OpenedAt, f => f.Date.Past().ToUniversalTime())
        .RuleFor(w => w.ClosedAt, f => f.Date.RecentOffset(10))
        .RuleFor(w => w.Tier, f => f.PickRandom<WalletTier>())
        .RuleFor(w => w.Secret, f => f.Random.Bytes(16))
        .RuleFor(w => w.Labels, f => [.. f.Lorem.Words(3)])
        .RuleFor(w => w.Lucky, f => [f.Random.Int(1, 9), f.Random.Int(10, 99)])
        .RuleFor(w => w.Limits, f => new Dictionary<string, int> { ["daily"] = f.Random.Int(1, 100), ["monthly"] = f.Random.Int(100, 1000) })
        .RuleFor(w => w.Address, f => new WalletAddress { Street = f.Address.StreetAddress(), City = f.Address.City() })
        .RuleFor(w => w.Version, _ => 0);

    [Fact]
    public async Task AddAsync_ThenGetAsync_RoundTripsARichEntity()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(RepositoryWriteTests));
        var wallet = WalletFaker(1).Generate();
        await using (var scope = host.OpenScope())
        {
            await scope.Wallets.AddAsync(wallet, Token);
        }

        await using var reader = host.OpenScope();
        var loaded = await reader.Wallets.GetAsync(wallet.Id, Token);

        Assert.NotNull(loaded);
        Assert.Equal(1, wallet.Version);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(wallet.Owner, loaded.Owner);
        Assert.Equal(wallet.Balance, loaded.Balance);
        Assert.Equal(wallet.Transfers, loaded.Transfers);
        Assert.Equal(wallet.Score, loaded.Score);
        Assert.Equal(wallet.ExternalId, loaded.ExternalId);
        Assert.Equal(wallet.OpenedAt, loaded.OpenedAt);
        Assert.Equal(wallet.ClosedAt, loaded.ClosedAt);
        Assert.Equal(wallet.Tier, loaded.Tier);
        Assert.Equal(wallet.Secret, loaded.Secret);
        Assert.Equal(wallet.Labels, loaded.Labels);
        Assert.Equal(wallet.Lucky, loaded.Lucky);
        Assert.Equal(wallet.Limits, loaded.Limits);
        Assert.Equal(wallet.Address!.Street, loaded.Address!.Street);
        Assert.Null(loaded.Payload);
    }

    [Fact]
    public async Task AddAsync_ThrowsConcurrencyConflict_AndLeavesTheStoredItem_WhenTheKeyExists()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(RepositoryWriteTests));
        var wallet = WalletFaker(2).Generate();
        await using (var scope = host.OpenScope())
        {
            await scope.Wallets.AddAsync(wallet, Token);
        }

        var duplicate = WalletFaker(3).Generate();
        duplicate.Id = wallet.Id;
        await using var second = host.OpenScope();
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.Wallets.AddAsync(duplicate, Token));

        var stored = await second.Wallets.GetAsync(wallet.Id, Token);
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StoredVersion);
        Assert.Equal(wallet.Owner, stored!.Owner);
        Assert.Equal(0, duplicate.Version);
    }

    [Fact]
    public async Task UpdateAsync_PreservesAttributesTheModelDoesNotKnow_AndRemovesNulls()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(RepositoryWriteTests));
        var wallet = WalletFaker(4).Generate();
        await using var scope = host.OpenScope();
        await scope.Wallets.AddAsync(wallet, Token);
        var table = host.Prefix + "Wallets";
        await host.Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = table,
            Key = new() { ["Id"] = new() { S = wallet.Id } },
            UpdateExpression = "SET #f = :f",
            ExpressionAttributeNames = new() { ["#f"] = "fraudScore" },
            ExpressionAttributeValues = new() { [":f"] = new() { N = "17" } },
        }, Token);

        wallet.Owner = "renamed";
        wallet.Address = null;
        await scope.Wallets.UpdateAsync(wallet, Token);

        var raw = await host.Client.GetItemAsync(new GetItemRequest { TableName = table, Key = new() { ["Id"] = new() { S = wallet.Id } }, ConsistentRead = true }, Token);
        Assert.Equal("17", raw.Item["fraudScore"].N);
        Assert.Equal("renamed", raw.Item["Owner"].S);
        Assert.False(raw.Item.ContainsKey("Address"));
        Assert.Equal("2", raw.Item["Version"].N);
        Assert.Equal(2, wallet.Version);
    }

    [Fact]
    public async Task UpdateAndDelete_AreRefusedAndChangeNothing_WhenTheVersionIsStale()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(RepositoryWriteTests));
        var wallet = WalletFaker(5).Generate();
        await using (var setup = host.OpenScope())
        {
            await setup.Wallets.AddAsync(wallet, Token);
        }

        await using var first = host.OpenScope();
        await using var second = host.OpenScope();
        var fresh = (await first.Wallets.GetAsync(wallet.Id, Token))!;
        var stale = (await second.Wallets.GetAsync(wallet.Id, Token))!;
        fresh.Owner = "winner";
        await first.Wallets.UpdateAsync(fresh, Token);

        stale.Owner = "loser";
        var update = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.Wallets.UpdateAsync(stale, Token));
        second.UnitOfWork.DiscardChanges();
        var delete = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.Wallets.DeleteAsync(stale, Token));

        var stored = await first.Wallets.GetAsync(wallet.Id, Token);
        Assert.Equal((1L, 2L), (update.ExpectedVersion!.Value, update.StoredVersion!.Value));
        Assert.Equal(2, delete.StoredVersion);
        Assert.Equal("winner", stored!.Owner);
        Assert.Equal(2, stored.Version);
        Assert.Equal(1, stale.Version);
    }

    [Fact]
    public async Task GetAsync_ReturnsNull_WhenNoItemHasTheKey()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(RepositoryWriteTests));
        await using var scope = host.OpenScope();

        Assert.Null(await scope.Ledger.GetAsync("nobody", "nothing", Token));
    }

    [Fact]
    public async Task BulkPutAndDeleteNonAtomicAsync_WriteAndDeleteEveryItem_InBatchesOf25()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(RepositoryWriteTests));
        await using var scope = host.OpenScope();
        var entries = new Faker<LedgerEntry>().UseSeed(6)
            .RuleFor(e => e.WalletId, "w-bulk")
            .RuleFor(e => e.EntryId, f => f.Random.Guid().ToString())
            .RuleFor(e => e.Amount, f => f.Finance.Amount())
            .Generate(60);
        var before = host.Requests;

        var written = await scope.Ledger.BulkPutNonAtomicAsync(entries, Token);
        var requests = host.Requests - before;
        var sample = await scope.Ledger.GetAsync("w-bulk", entries[59].EntryId, Token);
        var deleted = await scope.Ledger.BulkDeleteNonAtomicAsync(entries, Token);
        var gone = await scope.Ledger.GetAsync("w-bulk", entries[59].EntryId, Token);

        Assert.Equal(60, written);
        Assert.Equal(3, requests);
        Assert.Equal(entries[59].Amount, sample!.Amount);
        Assert.Equal(60, deleted);
        Assert.Null(gone);
    }
}
