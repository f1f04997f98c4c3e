using Bogus;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.TestDomain.Baskets;
using Dynamo.Repositories.TestDomain.Contributors;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using Dynamo.Repositories.UnitTests.Mapping;
using Dynamo.Repositories.UnitTests.Performance;
using Xunit;
using ConversionOrder = Dynamo.Repositories.UnitTests.Mapping.Order;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// The compiled entity JSON writer against the item writer, entity by entity: its JSON parses (with the wire path's
/// reader) to exactly the item <c>ToItem</c> gives, with the same key values and the same size bound, for every entity
/// type of the test model, the test domain (Vogen and SmartEnum types, a value object, backing-field collections), the
/// conversion entities and the benchmarks' entity.
/// </summary>
public sealed class EntityJsonWriterTests
{
    [Fact]
    public void Item_ParsesToTheItemOfToItem_ForTheTestModel()
    {
        var model = RepositoryHarness.Model;

        AssertSameItems(model.Get<Wallet>(), EntityJsonFixtures.Wallets(60));
        AssertSameItems(model.Get<LedgerEntry>(), EntityJsonFixtures.Entries(30));
        AssertSameItems(model.Get<Currency>(), [new Currency { Code = "EUR" }, new Currency { Code = "\u00a5en" }]);
        AssertSameItems(model.Get<Dynamo.Repositories.UnitTests.Query.Order>(), RepositoryHarness.NewOrders(20));
    }

    [Fact]
    public void Item_ParsesToTheItemOfToItem_ForTheDomainTypes()
    {
        var model = EntityModelBuilder.Build(
        [
            new Configuration<Contributor>(b => b.HasPartitionKey(x => x.Id).HasGlobalIndex("ByStatus", x => x.Status, x => x.Name)),
            new Configuration<Basket>(b => b.HasPartitionKey(x => x.Id)),
        ]);
        var faker = new Faker { Random = new Randomizer(21) };
        var contributors = Enumerable.Range(1, 10).Select(i =>
        {
            var contributor = new Contributor(ContributorName.From(faker.Name.FullName())) { Id = ContributorId.From(i) };
            return i % 2 == 0 ? contributor.Activate().SetPhoneNumber(faker.Phone.PhoneNumber()) : contributor;
        });
        var baskets = Enumerable.Range(0, 10).Select(i =>
        {
            var basket = new Basket("buyer-" + i) { Id = faker.Random.Guid() };
            for (var item = 0; item < i; item++)
            {
                basket.AddItem(faker.Random.Int(1, 5), faker.Random.Decimal(1, 100), faker.Random.Int(0, 3));
            }

            return basket;
        });

        AssertSameItems(model.Get<Contributor>(), contributors);
        AssertSameItems(model.Get<Basket>(), baskets);
    }

    [Fact]
    public void Item_ParsesToTheItemOfToItem_ForConversionsAndTheBenchmarkEntity()
    {
        var conversions = EntityModelBuilder.Build(
            [new Configuration<ConversionOrder>(b => b.HasPartitionKey(x => x.Id).HasSortKey(x => x.Ticket).Ignore(x => x.Label))]).Get<ConversionOrder>();
        var faker = new Faker { Random = new Randomizer(3) };
        var orders = Enumerable.Range(0, 10).Select(i => new ConversionOrder
        {
            Id = new OrderId(faker.Random.Guid()),
            Ticket = TicketId.From(faker.Random.Guid()),
            Previous = i % 2 == 0 ? new OrderId(faker.Random.Guid()) : null,
            Sku = i % 3 == 0 ? null : Sku.Create(faker.Random.AlphaNumeric(6)),
            Total = i % 4 == 0 ? null : new Money(faker.Random.Decimal(0, 99), "EUR"),
            Related = [.. Enumerable.Range(0, i % 3).Select(_ => new OrderId(faker.Random.Guid()))],
        });

        AssertSameItems(conversions, orders);
        AssertSameItems(MappingAllocationTests.Metadata(), MappingAllocationTests.Orders().Take(50));
    }

    [Fact]
    public void Item_WritesTheVersionGiven_InsteadOfTheEntitys()
    {
        var metadata = RepositoryHarness.Model.Get<Wallet>();
        var wallet = EntityJsonFixtures.Wallets(1)[0];
        wallet.Version = 41;

        var item = EntityJsonFixtures.Parse(EntityJsonFixtures.EntityJson(metadata, wallet, out _, newVersion: 42));

        Assert.Equal("42", item["Version"].N);
        Assert.Equal(41, wallet.Version);
    }

    [Fact]
    public void Item_ThrowsTheItemWritersErrors_ForAMissingOrEmptyKey()
    {
        var metadata = RepositoryHarness.Model.Get<LedgerEntry>();
        var missing = EntityJsonFixtures.Entries(1)[0];
        missing.EntryId = null!;
        var empty = EntityJsonFixtures.Entries(1)[0];
        empty.WalletId = string.Empty;

        var expectedMissing = Assert.Throws<EntityMappingException>(() => metadata.ToItem(missing));
        var actualMissing = Assert.Throws<EntityMappingException>(() => EntityJsonFixtures.EntityJson(metadata, missing, out _));
        var expectedEmpty = Assert.Throws<EntityMappingException>(() => metadata.ToItem(empty));
        var actualEmpty = Assert.Throws<EntityMappingException>(() => EntityJsonFixtures.EntityJson(metadata, empty, out _));

        Assert.Equal(expectedMissing.Message, actualMissing.Message);
        Assert.Equal(nameof(LedgerEntry.EntryId), actualMissing.PropertyName);
        Assert.Equal(expectedEmpty.Message, actualEmpty.Message);
        Assert.Equal(nameof(LedgerEntry.WalletId), actualEmpty.PropertyName);
    }

    [Fact]
    public void Item_ThrowsTheItemWritersError_ForANumberDynamoDbCannotStore()
    {
        var metadata = RepositoryHarness.Model.Get<Wallet>();
        var wallet = EntityJsonFixtures.Wallets(1)[0];
        wallet.Score = double.NaN;

        var expected = Assert.Throws<EntityMappingException>(() => metadata.ToItem(wallet));
        var actual = Assert.Throws<EntityMappingException>(() => EntityJsonFixtures.EntityJson(metadata, wallet, out _));

        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(nameof(Wallet.Score), actual.PropertyName);
    }

    private static void AssertSameItems<T>(EntityMetadata<T> metadata, IEnumerable<T> entities)
        where T : class
    {
        var count = 0;
        foreach (var entity in entities)
        {
            var item = metadata.ToItem(entity, out var expected);
            var json = EntityJsonFixtures.EntityJson(metadata, entity, out var written);
            var parsed = EntityJsonFixtures.Parse(json);

            Assert.Null(JsonTree.Difference(EntityJsonFixtures.ItemJson(item), EntityJsonFixtures.ItemJson(parsed)));
            Assert.Equal(item.Keys.Order(StringComparer.Ordinal), parsed.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(ItemSizeEstimator.Bound(item), written.SizeBound);
            Assert.Equal(Text(expected.Partition), Text(written.Partition));
            Assert.Equal(Text(expected.Sort), Text(written.Sort));
            count++;
        }

        Assert.True(count > 1, $"No {typeof(T).Name} was compared.");
    }

    private static string? Text(Amazon.DynamoDBv2.Model.AttributeValue? value) =>
        value is null ? null : System.Text.Encoding.UTF8.GetString(EntityJsonFixtures.Body(writer => Dynamo.Repositories.Wire.Json.AttributeValueJsonWriter.WriteValue(writer, value)));
}
