using Ardalis.Specification;
using Bogus;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Testing.Fakes;

namespace Dynamo.Repositories.UnitTests.Testing.Fakes;

public sealed class Wallet
{
    public string Id { get; set; } = "";

    public string Owner { get; set; } = "";

    public decimal Balance { get; set; }

    public List<string> Tags { get; set; } = [];

    public long Version { get; set; }
}

public sealed class WalletConfiguration : IDynamoEntityConfiguration<Wallet>
{
    public void Configure(DynamoEntityBuilder<Wallet> builder)
    {
        builder.ToTable("Wallets");
        builder.HasPartitionKey(w => w.Id);
        builder.HasVersion(w => w.Version);
        builder.Property(w => w.Balance).HasAttributeName("balance");
    }
}

public sealed class Entry
{
    public string WalletId { get; set; } = "";

    public string EntryId { get; set; } = "";

    public int Amount { get; set; }

    public string? Category { get; set; }
}

public sealed class EntryConfiguration : IDynamoEntityConfiguration<Entry>
{
    public void Configure(DynamoEntityBuilder<Entry> builder)
    {
        builder.ToTable("Entries");
        builder.HasPartitionKey(e => e.WalletId);
        builder.HasSortKey(e => e.EntryId);
        builder.HasGlobalIndex("ByCategory", e => e.Category, e => e.Amount);
    }
}

public sealed class EntriesOfWalletSpec : Specification<Entry>
{
    public EntriesOfWalletSpec(string walletId, bool descending = false, int take = -1)
    {
        Query.Where(e => e.WalletId == walletId);
        if (descending)
        {
            Query.OrderByDescending(e => e.EntryId);
        }

        if (take >= 0)
        {
            Query.Take(take);
        }
    }
}

public sealed class ScanAllSpec<T> : Specification<T>
{
    public ScanAllSpec() => Query.AllowScan();
}

public sealed class EntriesByCategorySpec : Specification<Entry>
{
    public EntriesByCategorySpec(string category) => Query.Where(e => e.Category == category).OrderByDescending(e => e.Amount);
}

public static class FakeData
{
    public static InMemoryDynamoStore NewStore(bool allowScans = false) =>
        new(new DynamoRepositoryOptions { AllowScans = allowScans }, new WalletConfiguration(), new EntryConfiguration());

    public static Faker<Wallet> Wallets(int seed = 7) => new Faker<Wallet>()
        .UseSeed(seed)
        .RuleFor(w => w.Id, f => "w-" + f.Random.AlphaNumeric(8))
        .RuleFor(w => w.Owner, f => f.Name.FirstName())
        .RuleFor(w => w.Balance, f => f.Random.Decimal(10, 500))
        .RuleFor(w => w.Tags, f => [f.Commerce.Department()]);

    public static Faker<Entry> Entries(string walletId, int seed = 11) => new Faker<Entry>()
        .UseSeed(seed)
        .RuleFor(e => e.WalletId, _ => walletId)
        .RuleFor(e => e.EntryId, f => "e-" + f.Random.AlphaNumeric(6))
        .RuleFor(e => e.Amount, f => f.Random.Int(1, 1000))
        .RuleFor(e => e.Category, f => f.PickRandom("food", "rent", "fun"));
}
