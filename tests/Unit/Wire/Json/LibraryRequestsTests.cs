using Amazon.DynamoDBv2;
using Bogus;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tables;
using Dynamo.Repositories.Testing.InMemory;
using Dynamo.Repositories.Tests.Model;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// Every request shape the library builds, from the production repository and unit of work: each request is written
/// by us and by the SDK (same JSON tree), each response read by us and by the SDK (same objects), and the library
/// runs on OUR reader's responses, so the entities it gives back prove the round trip.
/// </summary>
public sealed class LibraryRequestsTests
{
    [Fact]
    public async Task Repository_SendsAndReadsEveryOperation_ThroughTheWireJson_AsTheSdkWould()
    {
        var (checking, wallets, entries) = Build();
        var stored = WalletFaker().Generate(30);

        await wallets.AddAsync(stored[0], TestContext.Current.CancellationToken);
        await wallets.AddRangeAsync(stored.Skip(1).Take(4), TestContext.Current.CancellationToken);
        await wallets.BulkPutNonAtomicAsync(stored.Skip(5), TestContext.Current.CancellationToken);
        stored[1].Balance += 10.5m;
        await wallets.UpdateAsync(stored[1], TestContext.Current.CancellationToken);
        await wallets.DeleteAsync(stored[2], TestContext.Current.CancellationToken);
        var entryList = TestData.Entries("w-1").Generate(12);
        await entries.BulkPutNonAtomicAsync(entryList, TestContext.Current.CancellationToken);

        var got = await wallets.GetAsync(stored[0].Id, TestContext.Current.CancellationToken);
        var missing = await wallets.GetAsync("nobody", TestContext.Current.CancellationToken);
        var many = await wallets.GetManyAsync(stored.Take(10).Select(w => new EntityKey(w.Id)), TestContext.Current.CancellationToken);
        var page = await entries.PageAsync(new EntriesOfWalletSpec("w-1", descending: true), 5, null, TestContext.Current.CancellationToken);
        var next = await entries.PageAsync(new EntriesOfWalletSpec("w-1", descending: true), 5, page.ContinuationToken, TestContext.Current.CancellationToken);
        var above = await entries.ListAsync(new EntriesOfWalletSpec("w-1", above: 500), TestContext.Current.CancellationToken);
        var food = await entries.ListAsync(new EntriesByCategorySpec("food"), TestContext.Current.CancellationToken);
        var scanned = await wallets.ListAsync(new ScanAllSpec<Wallet>(), TestContext.Current.CancellationToken);
        var count = await entries.CountAsync(new EntriesOfWalletSpec("w-1"), TestContext.Current.CancellationToken);
        await entries.BulkDeleteNonAtomicAsync(entryList.Take(3), TestContext.Current.CancellationToken);

        Assert.Equivalent(stored[0], got, strict: true);
        Assert.Null(missing);
        Assert.Equal(9, many.Found.Count);
        Assert.Equivalent(stored[1], scanned.Single(w => w.Id == stored[1].Id), strict: true);
        Assert.Equal(29, scanned.Count);
        Assert.Equal(entryList.OrderByDescending(e => e.EntryId, StringComparer.Ordinal).Take(10).Select(e => e.EntryId), page.Items.Concat(next.Items).Select(e => e.EntryId));
        Assert.Equal(entryList.Count(e => e.Amount > 500), above.Count);
        Assert.Equal(entryList.Count(e => e.Category == "food"), food.Count);
        Assert.Equal(12, count);
        Assert.Superset(
            new HashSet<string>
            {
                "PutItemRequest", "PutItemResponse", "TransactWriteItemsRequest", "TransactWriteItemsResponse", "BatchWriteItemRequest",
                "BatchWriteItemResponse", "DeleteItemRequest", "GetItemRequest", "GetItemResponse", "BatchGetItemRequest", "BatchGetItemResponse",
                "QueryRequest", "QueryResponse", "ScanRequest", "ScanResponse",
            },
            checking.Checked.ToHashSet());
    }

    private static (CheckingExecutor Checking, DynamoRepository<Wallet> Wallets, DynamoRepository<LedgerEntry> Entries) Build()
    {
        var options = new DynamoRepositoryOptions { AllowScans = true };
        var model = EntityModelBuilder.Build([new WalletConfiguration(), new LedgerEntryConfiguration()]);
        var tableNames = new TableNameResolver(options);
        var memory = new InMemoryExecutor();
        foreach (var table in TableDefinitions.Build(model, tableNames))
        {
            memory.CreateTable(TableSchema.From(table));
        }

        var checking = new CheckingExecutor(memory);
        var unitOfWork = new DynamoUnitOfWork(checking, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<DynamoUnitOfWork>.Instance);
        var context = new DynamoContext(checking, Substitute.For<IAmazonDynamoDB>(), options, model, tableNames, unitOfWork, TimeProvider.System, NullLoggerFactory.Instance);
        return (checking, new DynamoRepository<Wallet>(context), new DynamoRepository<LedgerEntry>(context));
    }

    // Every kind of member the mapping writes: numbers, Boolean, Guid, dates, enum, binary, lists, sets, maps, a nested map.
    private static Faker<Wallet> WalletFaker() => new Faker<Wallet>()
        .UseSeed(1616)
        .RuleFor(w => w.Id, f => "w-" + f.Random.AlphaNumeric(8))
        .RuleFor(w => w.Owner, f => f.Name.FullName() + " \"ü\" 🚀")
        .RuleFor(w => w.Balance, f => f.Random.Decimal(-500, 500))
        .RuleFor(w => w.Transfers, f => f.Random.Int())
        .RuleFor(w => w.Score, f => f.Random.Double(-1e10, 1e10))
        .RuleFor(w => w.Active, f => f.Random.Bool())
        .RuleFor(w => w.ExternalId, f => f.Random.Guid())
        .RuleFor(w => w.OpenedAt, f => f.Date.Past().ToUniversalTime())
        .RuleFor(w => w.ClosedAt, f => f.Random.Bool() ? f.Date.RecentOffset() : null)
        .RuleFor(w => w.Tier, f => f.PickRandom<WalletTier>())
        .RuleFor(w => w.Secret, f => f.Random.Bool() ? f.Random.Bytes(f.Random.Int(1, 32)) : null)
        .RuleFor(w => w.Labels, f => f.Random.Bool() ? [.. f.Lorem.Words(f.Random.Int(0, 3))] : [])
        .RuleFor(w => w.Tags, f => [f.Commerce.Department()])
        .RuleFor(w => w.Lucky, f => [.. f.Random.Digits(f.Random.Int(0, 4))])
        .RuleFor(w => w.Limits, f => f.Random.Bool() ? new Dictionary<string, int> { ["daily"] = f.Random.Int(1, 100), ["x y"] = -1 } : [])
        .RuleFor(w => w.Address, f => f.Random.Bool() ? new WalletAddress { Street = f.Address.StreetAddress(), City = f.Random.Bool() ? f.Address.City() : null } : null)
        .RuleFor(w => w.Payload, f => f.Random.Bool() ? f.Lorem.Paragraph() : null);
}
