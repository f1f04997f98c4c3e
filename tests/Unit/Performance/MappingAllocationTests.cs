using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Performance;

/// <summary>
/// The CI-cheap allocation guard of the mapping hot path (issue 6): maps 1,000 items of the benchmarks' 20-attribute
/// entity and fails when the bytes allocated per item exceed a fixed budget. Allocation counts are deterministic for
/// a given runtime, unlike timings, so this never flakes on a busy machine.
/// Budgets (measured on .NET 10, x64, 2026-11-24, then about 25% headroom; see benchmarks/README.md):
/// ToItem measured 3,392 B/item -> budget 4,240 B; FromItem measured 544 B/item -> budget 680 B.
/// A failure means a change made the mapping allocate more per item: find it with the MappingRead/MappingWrite
/// benchmarks and fix it, or raise the budget here on purpose, with the new measurement, in the same commit.
/// </summary>
[Collection(nameof(UnitTests.Telemetry.SpanSourceCollection))]
public sealed class MappingAllocationTests
{
    private const int ItemCount = 1_000;
    private const long ToItemBudgetPerItem = 4_240;
    private const long FromItemBudgetPerItem = 680;

    private static readonly string[] Words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"];

    [Fact]
    public void ToItem_AllocatesWithinBudget_WhenMapping1000Items()
    {
        var metadata = Metadata();
        var orders = Orders();
        metadata.ToItem(orders[0]);
        var items = new Dictionary<string, AttributeValue>[ItemCount];

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < ItemCount; i++)
        {
            items[i] = metadata.ToItem(orders[i]);
        }

        var perItem = (GC.GetAllocatedBytesForCurrentThread() - before) / ItemCount;

        Assert.All(items, item => Assert.True(item.Count >= 18));
        Assert.True(
            perItem <= ToItemBudgetPerItem,
            $"EntityMetadata<T>.ToItem allocated {perItem} B per item; the budget is {ToItemBudgetPerItem} B.");
    }

    [Fact]
    public void FromItem_AllocatesWithinBudget_WhenMapping1000Items()
    {
        var metadata = Metadata();
        var items = Orders().ConvertAll(metadata.ToItem);
        metadata.FromItem(items[0]);
        var orders = new PerfOrder[ItemCount];

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < ItemCount; i++)
        {
            orders[i] = metadata.FromItem(items[i]);
        }

        var perItem = (GC.GetAllocatedBytesForCurrentThread() - before) / ItemCount;

        Assert.Equal(items[^1]["OrderId"].S, orders[^1].OrderId);
        Assert.True(
            perItem <= FromItemBudgetPerItem,
            $"EntityMetadata<T>.FromItem allocated {perItem} B per item; the budget is {FromItemBudgetPerItem} B.");
    }

    internal static EntityMetadata<PerfOrder> Metadata() => EntityModelBuilder.Build([new PerfOrderConfiguration()]).Get<PerfOrder>();

    internal static List<PerfOrder> Orders()
    {
        var index = 0;
        var faker = new Faker<PerfOrder>()
            .UseSeed(20261124)
            .RuleFor(o => o.CustomerId, f => "CUST#" + f.Random.Number(1, 50))
            .RuleFor(o => o.OrderId, _ => "ORDER#" + (index++).ToString("D5", System.Globalization.CultureInfo.InvariantCulture))
            .RuleFor(o => o.Version, f => f.Random.Long(1, 50))
            .RuleFor(o => o.Status, f => f.PickRandom<PerfStatus>())
            .RuleFor(o => o.Total, f => Math.Round(f.Random.Decimal(0, 10_000), 2))
            .RuleFor(o => o.Tax, f => Math.Round(f.Random.Decimal(0, 1_000), 2))
            .RuleFor(o => o.Discount, f => Math.Round(f.Random.Double(), 4))
            .RuleFor(o => o.Quantity, f => f.Random.Int(1, 500))
            .RuleFor(o => o.LineCount, f => f.Random.Long(1, 1_000_000_000_000))
            .RuleFor(o => o.Priority, f => f.Random.Int(-5, 5))
            .RuleFor(o => o.IsGift, f => f.Random.Bool())
            .RuleFor(o => o.PlacedAt, f => f.Date.Between(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)))
            .RuleFor(o => o.UpdatedAt, (f, o) => o.PlacedAt.AddMinutes(f.Random.Int(1, 10_000)))
            .RuleFor(o => o.TrackingId, f => f.Random.Guid())
            .RuleFor(o => o.Email, f => f.Internet.Email())
            .RuleFor(o => o.ShippingAddress, f => f.Address.FullAddress())
            .RuleFor(o => o.Notes, f => f.Random.Bool(0.6f) ? f.Lorem.Sentence(4) : null)
            .RuleFor(o => o.Currency, f => f.PickRandom("EUR", "USD"))
            .RuleFor(o => o.Tags, f => [.. f.PickRandom(Words, 3)])
            .RuleFor(o => o.Categories, f => ["cat-" + f.Random.Int(0, 4), "cat-" + f.Random.Int(5, 9)]);
        return faker.Generate(ItemCount);
    }
}
