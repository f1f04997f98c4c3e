using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.TestDomain.Baskets;
using Dynamo.Repositories.TestDomain.Contributors;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Metadata;
using Dynamo.Repositories.UnitTests.Metadata.Converters;
using Dynamo.Repositories.UnitTests.Performance;
using Dynamo.Repositories.UnitTests.Query;
using Dynamo.Repositories.UnitTests.Wire.Json;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Mapping.Json;

/// <summary>
/// The wire path's compiled JSON reader gives, for every entity type of the test models, the entity that the
/// attribute-map reader gives from the same item, or the same error: over items written from entities, items
/// synthesized member by member, and those items mutated (attributes missing, NULL, of another type, unknown, odd
/// numbers and strings). Fixed seeds.
/// </summary>
public sealed class EntityJsonReaderTests
{
    private static readonly string[] OddNumbers =
        ["0", "-0", "1E+3", "4.2E+1", "42.0", "-12.50", "123456789012345678901234567890123456789", "0.12345678901234567890123456789012345678", "1E-29", "9.9999999999999999999999999999999999999E+125", "-1", "255", "2147483648"];

    private static readonly string[] OddTexts =
        ["", "\"quoted\"", "back\\slash", "line\nbreak", "\u0001", "é ü 中文 🚀", "Active", "NotSet", "2024-05-01T09:30:00.0000000Z", "2024-05-01", "d3b07384-d9a0-4c3b-a0f1-2c7b1b6a0f00", "true"];

    [Fact]
    public void Scalars_ReadTheSame() => Fuzz(Model(new ScalarEntityConfiguration()).Get<ScalarEntity>(), [], seed: 1);

    [Fact]
    public void CollectionsAndNestedMaps_ReadTheSame() => Fuzz(Model(new RichEntityConfiguration()).Get<RichEntity>(), [], seed: 2);

    [Fact]
    public void CustomConverters_ReadTheSame() => Fuzz(Model(new ShapedEntityConfiguration()).Get<ShapedEntity>(), [], seed: 3);

    [Fact]
    public void Conversions_WrappersAndValueObjects_ReadTheSame()
    {
        var metadata = Model(new Configuration<Order>(b =>
        {
            b.HasPartitionKey(x => x.Id);
            b.Property(x => x.Label).HasConversion(v => v!.Text, s => Label.Of(s));
        })).Get<Order>();
        var order = new Order
        {
            Id = new OrderId(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")),
            Ticket = TicketId.From(new Guid("7c9e6679-7425-40de-944b-e07fc1f90ae7")),
            Previous = new OrderId(Guid.Empty),
            Sku = Sku.Create("ab-1"),
            Temperature = new Celsius(21.5),
            Total = new Money(12.30m, "EUR"),
            Label = Label.Of("fragile"),
            Related = [new OrderId(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))],
        };

        var read = Fuzz(metadata, [order], seed: 4);

        Assert.Equal("AB-1", read.Sku!.Code);
        Assert.Equal(new Money(12.30m, "EUR"), read.Total);
        Assert.Equal("fragile", read.Label!.Text);
    }

    [Fact]
    public void VogenIdsAndSmartEnums_ReadTheSame()
    {
        var metadata = Model(new Configuration<Contributor>(b => b.HasPartitionKey(x => x.Id).HasGlobalIndex("ByStatus", x => x.Status, x => x.Name))).Get<Contributor>();
        var contributor = new Contributor(ContributorName.From("Ardalis")) { Id = ContributorId.From(1) }.Activate().SetPhoneNumber("555-0101");

        var read = Fuzz(metadata, [contributor], seed: 5);

        Assert.Equal(ContributorId.From(1), read.Id);
        Assert.Equal(ContributorStatus.Active, read.Status);
        Assert.Equal("Ardalis", read.Name.Value);
    }

    [Fact]
    public void BackingFieldCollections_ReadTheSame()
    {
        var baskets = Model(new Configuration<Basket>(b => b.HasPartitionKey(x => x.Id))).Get<Basket>();
        var basket = new Basket("buyer-1") { Id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e") };
        basket.AddItem(7, 9.99m, 2);
        basket.AddItem(8, 1.50m);

        var read = Fuzz(baskets, [basket], seed: 6);

        Assert.Equal(2, read.Items.Count);
        Fuzz(Model(new Configuration<Cart>(b => b.HasPartitionKey(x => x.BuyerId))).Get<Cart>(), [], seed: 7);
        Fuzz(
            Model(new Configuration<Conventions>(b =>
            {
                b.HasPartitionKey(x => x.Id);
                b.Property(x => x.Hidden).HasField("_hiddenStore");
                b.Property<List<string>>("_secretNotes").HasAttributeName("notes");
            })).Get<Conventions>(),
            [],
            seed: 8);
    }

    [Fact]
    public void ConstructorBinding_ReadsTheSame()
    {
        var author = new Author("a-1", "Ann");
        author.Publish();
        author.MoveTo(new Address("Main St", "Springfield"));

        var read = Fuzz(Model(new Configuration<Author>(b => b.HasPartitionKey(x => x.Id))).Get<Author>(), [author], seed: 9);

        Assert.Equal(("a-1", "Ann", 1, "Springfield"), (read.Id, read.Name, read.Books, read.Home!.City));
        Fuzz(Model(new Configuration<Hidden>(b => b.HasPartitionKey(x => x.Id))).Get<Hidden>(), [Hidden.Create("h-1", "note")], seed: 10);
    }

    [Fact]
    public void TestModelAndBenchmarkShapedEntities_ReadTheSame()
    {
        var model = Model(new WalletConfiguration(), new LedgerEntryConfiguration(), new CurrencyConfiguration());
        Fuzz(model.Get<Wallet>(), TestData.Wallets().Generate(5), seed: 11);
        Fuzz(model.Get<LedgerEntry>(), TestData.Entries("w-1").Generate(5), seed: 12);
        Fuzz(model.Get<Currency>(), [new Currency { Code = "EUR" }], seed: 13);
        Fuzz(Model(new PerfOrderConfiguration()).Get<PerfOrder>(), MappingAllocationTests.Orders().Take(5), seed: 14);
        Fuzz(QueryModel.Orders, [], seed: 15);
    }

    [Theory]
    [InlineData("12345678901234567890123456789.123456789")]
    [InlineData("0.12345678901234567890123456789012345678")]
    [InlineData("1E-29")]
    public void DecimalsThatWouldRound_FailTheSame_AndRoundTheSame_WithAllowRounding(string number)
    {
        foreach (var rounding in (bool[])[false, true])
        {
            var metadata = Model(new Configuration<ExactNumberTests.Priced>(b =>
            {
                b.HasPartitionKey(x => x.Id);
                if (rounding)
                {
                    b.Property(x => x.Price).AllowRounding();
                }
            })).Get<ExactNumberTests.Priced>();
            var item = new Dictionary<string, AttributeValue> { ["Id"] = new() { S = "p-1" }, ["Price"] = new() { N = number } };

            var read = JsonEquivalence.Check(metadata, new EntityJsonReader<ExactNumberTests.Priced>(metadata), item);

            Assert.Equal(rounding, read is not null);
        }
    }

    [Fact]
    public void EscapedStrings_UnknownAndMissingAttributes_AndNull_ReadTheSame()
    {
        var metadata = QueryModel.Orders;
        var json = new EntityJsonReader<Query.Order>(metadata);
        var item = new Dictionary<string, AttributeValue>
        {
            ["zz\"unknown"] = new() { M = new() { ["Name"] = new() { S = "not me" } } },
            ["CustomerId"] = new() { S = "c-\"1\"\\\n\u00e9\u4e2d\ud83d\ude80" },
            ["OrderId"] = new() { S = "o\t1" },
            ["Total"] = new() { N = "12.50" },
            ["ttl"] = new() { NULL = true },
            ["size"] = new() { NULL = true },
            ["name"] = new() { S = "\ud83d\ude80 \"named\"" },
            ["Other"] = new() { L = [new() { S = "x" }] },
        };

        var read = JsonEquivalence.Check(metadata, json, item)!;

        Assert.Equal("c-\"1\"\\\n\u00e9\u4e2d\ud83d\ude80", read.CustomerId);
        Assert.Equal("o\t1", read.OrderId);
        Assert.Null(read.Notes);
        Assert.Null(read.Priority);
        Assert.Equal("\ud83d\ude80 \"named\"", read.Name);
        Assert.Equal(12.50m, read.Total);
    }

    [Fact]
    public void Binaries_ReadTheSame()
    {
        var metadata = Model(new ScalarEntityConfiguration()).Get<ScalarEntity>();
        var binary = metadata.Properties.First(p => p.PropertyType == typeof(byte[]));
        var item = new Dictionary<string, AttributeValue>
        {
            [metadata.PartitionKey.AttributeName] = new() { S = "s-1" },
            [binary.AttributeName] = new() { B = new MemoryStream([0, 1, 2, 250, 255]) },
        };

        var read = JsonEquivalence.Check(metadata, new EntityJsonReader<ScalarEntity>(metadata), item)!;

        Assert.Equal(new byte[] { 0, 1, 2, 250, 255 }, (byte[])binary.GetValue(read)!);
    }

    [Fact]
    public void RepeatedStrings_AreSharedByTheItemsRead_AndDifferentOnesAreNot()
    {
        var metadata = QueryModel.Orders;
        var json = new EntityJsonReader<Query.Order>(metadata);
        var address = new string('x', 60);
        Query.Order Read(string customer, string order, string tag)
        {
            var bytes = JsonEquivalence.Json(new Dictionary<string, AttributeValue>
            {
                ["CustomerId"] = new() { S = customer },
                ["OrderId"] = new() { S = order },
                ["ttl"] = new() { S = address },
                ["Tags"] = new() { L = [new() { S = tag }] },
            });
            var reader = new System.Text.Json.Utf8JsonReader(bytes);
            reader.Read();
            return json.Read(ref reader, bytes);
        }

        var first = Read("c-1", "o-1", "red");
        var second = Read("c-1", "o-2", "red");
        var third = Read("c-\u00e9", "o-3", "blue");

        Assert.Same(first.CustomerId, second.CustomerId);
        Assert.Same(first.Tags![0], second.Tags![0]);
        Assert.Same(first.Notes, second.Notes);
        Assert.Equal(address, second.Notes);
        Assert.NotEqual(first.OrderId, second.OrderId);
        Assert.Equal(("c-\u00e9", "o-3", "blue"), (third.CustomerId, third.OrderId, third.Tags![0]));
        Assert.Equal("o-2", second.OrderId);
    }

    private static EntityModel Model(params object[] configurations) => EntityModelBuilder.Build(configurations);

    /// <summary>
    /// Checks the given entities' items, then items synthesized from the metadata, each also mutated five ways;
    /// returns the first entity read back, and fails unless a tenth of the items read without error (so the check compared entities).
    /// </summary>
    private static T Fuzz<T>(EntityMetadata<T> metadata, IEnumerable<T> entities, int seed, int synthesized = 60)
        where T : class
    {
        var json = new EntityJsonReader<T>(metadata);
        var synthesizer = new ItemSynthesizer(seed);
        var values = new AttributeValueFaker(seed);
        var f = synthesizer.Faker;
        var given = entities.Select(metadata.ToItem).ToList();
        var items = given.Concat(Enumerable.Range(0, synthesized).Select(_ => WithKeys(metadata, synthesizer))).ToList();
        T? first = null;
        var read = 0;
        var checkedItems = 0;
        foreach (var item in items)
        {
            foreach (var variant in Variants(item, f, values))
            {
                checkedItems++;
                if (JsonEquivalence.Check(metadata, json, variant) is { } entity)
                {
                    read++;
                    first ??= given.Count > 0 && ReferenceEquals(variant, given[0]) ? entity : null;
                }
            }
        }

        Assert.True(read * 10 > checkedItems, $"{typeof(T).Name}: only {read} of {checkedItems} items read without error; the check compared too few entities.");
        return first ?? JsonEquivalence.Check(metadata, json, items[0])!;
    }

    private static Dictionary<string, AttributeValue> WithKeys<T>(EntityMetadata<T> metadata, ItemSynthesizer synthesizer)
        where T : class
    {
        var item = synthesizer.Item(metadata.Properties);
        foreach (var key in new[] { metadata.PartitionKey, metadata.SortKey }.OfType<PropertyMetadata>())
        {
            while (!item.ContainsKey(key.AttributeName))
            {
                if (synthesizer.Value(key.Converter, 1) is { } value)
                {
                    item[key.AttributeName] = value;
                }
            }
        }

        return item;
    }

    private static IEnumerable<Dictionary<string, AttributeValue>> Variants(Dictionary<string, AttributeValue> item, Bogus.Faker f, AttributeValueFaker values)
    {
        yield return item;
        if (item.Count == 0)
        {
            yield break;
        }

        var names = item.Keys.ToList();
        var withUnknown = new Dictionary<string, AttributeValue> { ["zz\"" + f.Random.Word()] = values.Value(2) };
        foreach (var (name, value) in item)
        {
            withUnknown[name] = value;
        }

        withUnknown["unknown\\" + f.Random.Int(0, 9)] = values.Value(1);
        yield return withUnknown;
        yield return Changed(item, f.PickRandom(names), null);
        yield return Changed(item, f.PickRandom(names), new AttributeValue { NULL = true });
        yield return Changed(item, f.PickRandom(names), values.Value(2));
        yield return Changed(
            item,
            f.PickRandom(names),
            f.Random.Bool() ? new AttributeValue { N = f.PickRandom(OddNumbers) } : new AttributeValue { S = f.PickRandom(OddTexts) });
    }

    private static Dictionary<string, AttributeValue> Changed(Dictionary<string, AttributeValue> item, string name, AttributeValue? value)
    {
        var changed = new Dictionary<string, AttributeValue>(item, StringComparer.Ordinal);
        if (value is null)
        {
            changed.Remove(name);
        }
        else
        {
            changed[name] = value;
        }

        return changed;
    }
}
