using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Query;

namespace Dynamo.Repositories.UnitTests.Harness;

// Seeded test data of the harness's model, and canned responses.
internal sealed partial class RepositoryHarness
{
    /// <summary>Wallets of the shared model, each with a loaded version (1 to 50).</summary>
    public static Faker<Wallet> WalletFaker(int seed = 7) => TestData.Wallets(seed)
        .RuleFor(w => w.Version, f => f.Random.Long(1, 50));

    /// <summary>Ledger entries of the shared model, each of its own wallet.</summary>
    public static Faker<LedgerEntry> EntryFaker(int seed = 11) => TestData.Entries(string.Empty, seed)
        .RuleFor(e => e.WalletId, f => "w-" + f.Random.AlphaNumeric(8));

    public static List<Order> NewOrders(int count, string customerId = "c-1", int seed = 42)
    {
        var index = 0;
        return new Faker<Order>()
            .UseSeed(seed)
            .RuleFor(o => o.CustomerId, _ => customerId)
            .RuleFor(o => o.OrderId, _ => $"o-{index++:D4}")
            .RuleFor(o => o.Status, f => f.PickRandom<OrderStatus>())
            .RuleFor(o => o.Total, f => Math.Round(f.Random.Decimal(1, 500), 2))
            .RuleFor(o => o.PlacedAt, f => f.Date.Past(1, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ToUniversalTime())
            .RuleFor(o => o.Name, f => f.Commerce.ProductName())
            .RuleFor(o => o.Version, _ => 1)
            .Generate(count);
    }

    public static List<Dictionary<string, AttributeValue>> Items(IEnumerable<Order> orders) => orders.Select(QueryModel.Orders.ToItem).ToList();

    public static QueryResponse Page(IEnumerable<Order> orders, Order? lastEvaluated = null) => new()
    {
        Items = Items(orders),
        Count = orders.Count(),
        LastEvaluatedKey = lastEvaluated is null ? null : QueryModel.Orders.KeyOf(lastEvaluated),
    };
}
