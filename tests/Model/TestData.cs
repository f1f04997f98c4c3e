using Bogus;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Testing.Fakes;

namespace Dynamo.Repositories.Tests.Model;

/// <summary>Seeded Bogus data of the test model, and an in-memory store over it.</summary>
public static class TestData
{
    public static InMemoryDynamoStore NewStore(bool allowScans = false) =>
        new(new DynamoRepositoryOptions { AllowScans = allowScans }, new WalletConfiguration(), new LedgerEntryConfiguration());

    public static Faker<Wallet> Wallets(int seed = 7) => new Faker<Wallet>()
        .UseSeed(seed)
        .RuleFor(w => w.Id, f => "w-" + f.Random.AlphaNumeric(8))
        .RuleFor(w => w.Owner, f => f.Name.FirstName())
        .RuleFor(w => w.Balance, f => f.Random.Decimal(10, 500))
        .RuleFor(w => w.Tags, f => [f.Commerce.Department()]);

    public static Faker<LedgerEntry> Entries(string walletId, int seed = 11) => new Faker<LedgerEntry>()
        .UseSeed(seed)
        .RuleFor(e => e.WalletId, _ => walletId)
        .RuleFor(e => e.EntryId, f => "e-" + f.Random.AlphaNumeric(6))
        .RuleFor(e => e.Amount, f => f.Random.Int(1, 1000))
        .RuleFor(e => e.Category, f => f.PickRandom("food", "rent", "fun"));
}
