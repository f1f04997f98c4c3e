using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>The seeded data of the query tests, written once per class with BatchWriteItem.</summary>
public sealed class QuerySeed
{
    public const string Many = "c-many";
    public const string Fifty = "c-fifty";
    public const string Indexed = "c-indexed";
    public const string Needle = "needle";

    public List<Purchase> ManyPurchases { get; } = [];

    public List<Purchase> FiftyPurchases { get; } = [];

    public List<Purchase> IndexedPurchases { get; } = [];

    internal static async Task<QuerySeed> WriteAsync(IAmazonDynamoDB client, EntityMetadata<Purchase> metadata, string tableName)
    {
        var seed = new QuerySeed();
        var faker = new Faker { Random = new Randomizer(20261124) };
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 1000; i++)
        {
            seed.ManyPurchases.Add(new Purchase
            {
                CustomerId = Many,
                PurchaseId = $"p-{i:D4}",
                Status = PurchaseStatus.Placed,
                Total = i,
                PlacedAt = start.AddMinutes(i),
                IsGift = i % 2 == 0,
                Name = faker.Commerce.ProductName(),
                Version = 1,
            });
        }

        // Large items, so that 50 of them span several 1 MB query pages.
        var padding = new string('x', 60_000);
        for (var i = 0; i < 50; i++)
        {
            seed.FiftyPurchases.Add(new Purchase
            {
                CustomerId = Fifty,
                PurchaseId = $"p-{i:D4}",
                Status = PurchaseStatus.Placed,
                Total = i,
                PlacedAt = start.AddDays(i),
                Name = i == 47 ? Needle : faker.Commerce.ProductName(),
                IsGift = i % 3 == 0,
                Padding = padding,
                Version = 1,
            });
        }

        var statuses = new[] { PurchaseStatus.Placed, PurchaseStatus.Shipped, PurchaseStatus.Cancelled };
        for (var i = 0; i < 30; i++)
        {
            seed.IndexedPurchases.Add(new Purchase
            {
                CustomerId = Indexed,
                PurchaseId = (i % 2 == 0 ? "2025-" : "2026-") + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                Status = statuses[i % 3],
                Total = Math.Round(faker.Random.Decimal(1, 1000), 2),
                PlacedAt = start.AddHours(i * 7),
                Name = faker.Commerce.ProductName(),
                Priority = i % 5 == 0 ? null : i % 5,
                Notes = i % 4 == 0 ? "vip customer" : null,
                Tags = i % 2 == 0 ? ["red", "small"] : ["blue"],
                Version = 1,
            });
        }

        var items = seed.ManyPurchases.Concat(seed.FiftyPurchases).Concat(seed.IndexedPurchases).Select(metadata.ToItem).ToList();
        foreach (var chunk in items.Chunk(25))
        {
            var pending = new Dictionary<string, List<WriteRequest>>
            {
                [tableName] = chunk.Select(item => new WriteRequest { PutRequest = new PutRequest { Item = item } }).ToList(),
            };
            while (pending is { Count: > 0 })
            {
                var response = await client.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = pending });
                pending = response.UnprocessedItems;
            }
        }

        return seed;
    }
}
