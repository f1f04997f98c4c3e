using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Metadata;

public sealed partial class EntityMetadataTests
{
    private static EntityMetadata<RichEntity> Rich() => EntityModelBuilder.Build([new RichEntityConfiguration()]).Get<RichEntity>();

    private static RichEntity FullRichEntity()
    {
        var faker = new Faker { Random = new Randomizer(20240501) };
        return new RichEntity
        {
            Id = faker.Random.Guid().ToString(),
            Names = [.. faker.Make(3, () => faker.Name.FullName()), ""],
            Numbers = [int.MinValue, 0, int.MaxValue],
            Prices = [0.01m, 19.99m, decimal.MaxValue],
            Ids = [faker.Random.Guid(), faker.Random.Guid()],
            Dates = [new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)],
            MaybeNumbers = [1, null, 3],
            MaybeNames = ["a", null, ""],
            Tags = ["x", "y", "Ünïcode"],
            Scores = new HashSet<int> { -1, 0, 42 },
            Ratios = new HashSet<decimal> { 0.5m, 1.25m },
            Blobs = [[1, 2, 3], [255]],
            Statuses = [Status.Pending, Status.Shipped],
            Counts = new() { ["a"] = 1, [""] = 0, ["ü"] = -5 },
            Labels = new Dictionary<string, string?> { ["k"] = "v", ["none"] = null },
            AddressesByKind = new Dictionary<string, Address> { ["work"] = new() { Street = faker.Address.StreetName(), Number = 7 } },
            Home = new Address { Street = faker.Address.StreetName(), City = null, Number = 12, Previous = new Address { Street = "Old", City = "Köln", Number = 1 } },
            Lines = [new Line { Sku = "A-1", Price = 1.5m, Tags = ["t"] }, new Line { Sku = "B-2", Price = 0m }],
            Matrix = [[1, 2], [], [3]],
            Tree = new TreeNode { Name = "root", Children = [new TreeNode { Name = "leaf" }] },
        };
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ToItem_FromItem_RoundTripsCollectionsAndNestedMaps_WhenCultureIsNotEnglish(string culture)
    {
        using var scope = new CultureScope(culture);
        var metadata = Rich();
        var source = FullRichEntity();

        var back = metadata.FromItem(metadata.ToItem(source));

        Assert.Equivalent(source, back, strict: true);
    }

    [Fact]
    public void ToItem_UsesListSetAndMapTypes()
    {
        var item = Rich().ToItem(FullRichEntity());

        Assert.Equal(4, item[nameof(RichEntity.Names)].L.Count);
        Assert.Equal(3, item[nameof(RichEntity.Tags)].SS.Count);
        Assert.Equal(["-1", "0", "42"], item[nameof(RichEntity.Scores)].NS.Order(StringComparer.Ordinal));
        Assert.Equal(2, item[nameof(RichEntity.Blobs)].BS.Count);
        Assert.Equal(["Pending", "Shipped"], item[nameof(RichEntity.Statuses)].SS.Order(StringComparer.Ordinal));
        Assert.True(item[nameof(RichEntity.MaybeNumbers)].L[1].NULL);
        Assert.True(item[nameof(RichEntity.Labels)].M["none"].NULL);
        Assert.Equal("12", item[nameof(RichEntity.Home)].M[nameof(Address.Number)].N);
        Assert.Equal("Köln", item[nameof(RichEntity.Home)].M[nameof(Address.Previous)].M[nameof(Address.City)].S);
        Assert.False(item[nameof(RichEntity.Home)].M.ContainsKey(nameof(Address.City)));
        Assert.Equal("leaf", item[nameof(RichEntity.Tree)].M[nameof(TreeNode.Children)].L[0].M[nameof(TreeNode.Name)].S);
        Assert.True(item[nameof(RichEntity.MaybeNames)].L[1].NULL);
        Assert.Equal(["a", null, ""], item[nameof(RichEntity.MaybeNames)].L.Select(v => v.S));
    }

    [Fact]
    public void ToItem_Throws_WhenAStringSetHoldsNull()
    {
        var entity = new RichEntity { Id = "r-3", Tags = ["x", null!] };

        var error = Assert.Throws<EntityMappingException>(() => Rich().ToItem(entity));

        Assert.Equal(nameof(RichEntity.Tags), error.PropertyName);
        Assert.Contains("cannot hold null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToItem_WritesEmptyListsAndMaps_AndFromItemReadsThemEmpty()
    {
        var metadata = Rich();
        var source = new RichEntity { Id = "e", Names = [], Numbers = [], Counts = [], Lines = [], Home = new Address() };

        var item = metadata.ToItem(source);
        var back = metadata.FromItem(item);

        Assert.True(item[nameof(RichEntity.Names)].IsLSet);
        Assert.Empty(item[nameof(RichEntity.Names)].L);
        Assert.True(item[nameof(RichEntity.Counts)].IsMSet);
        Assert.Empty(back.Names!);
        Assert.Empty(back.Numbers!);
        Assert.Empty(back.Counts!);
        Assert.Empty(back.Lines!);
        Assert.Equal("", back.Home!.Street);
    }

    [Fact]
    public void ToItem_OmitsEmptyAndNullSets_AndFromItemReadsThemAsEmptySets()
    {
        var metadata = Rich();
        var source = new RichEntity { Id = "s", Tags = [], Scores = new HashSet<int>(), Blobs = null };

        var item = metadata.ToItem(source);
        var back = metadata.FromItem(item);

        Assert.DoesNotContain(nameof(RichEntity.Tags), item.Keys);
        Assert.DoesNotContain(nameof(RichEntity.Scores), item.Keys);
        Assert.DoesNotContain(nameof(RichEntity.Blobs), item.Keys);
        Assert.NotNull(back.Tags);
        Assert.Empty(back.Tags);
        Assert.Empty(back.Scores!);
        Assert.Empty(back.Blobs!);
        Assert.Empty(back.Ratios!);
    }

    [Fact]
    public void ToItem_OmitsNullCollections_AndFromItemLeavesThemNull()
    {
        var metadata = Rich();

        var item = metadata.ToItem(new RichEntity { Id = "n" });
        var back = metadata.FromItem(item);

        Assert.Equal([nameof(RichEntity.Id)], item.Keys);
        Assert.Null(back.Names);
        Assert.Null(back.Counts);
        Assert.Null(back.Home);
        Assert.Null(back.Lines);
    }

    [Fact]
    public void Properties_ExposeNestedMetadata_ForNestedClasses()
    {
        var metadata = Rich();

        var home = metadata.FindProperty(nameof(RichEntity.Home))!;
        var tree = metadata.FindProperty(nameof(RichEntity.Tree))!;

        Assert.NotNull(home.Nested);
        Assert.Equal(typeof(Address), home.Nested.ClrType);
        Assert.Equal("Previous", home.Nested.FindProperty(nameof(Address.Previous))!.AttributeName);
        Assert.Same(home.Nested, home.Nested.FindProperty(nameof(Address.Previous))!.Nested);
        Assert.Same(tree.Nested, tree.Nested!.FindProperty(nameof(TreeNode.Children))!.Converter.ElementConverter is Dynamo.Repositories.Metadata.INestedConverter n ? n.Metadata : null);
        Assert.Null(metadata.FindProperty(nameof(RichEntity.Names))!.Nested);
    }

    [Fact]
    public void FromItem_ReadsNumberSetsWrittenByOthers()
    {
        var item = new Dictionary<string, AttributeValue>
        {
            [nameof(RichEntity.Id)] = new() { S = "k" },
            [nameof(RichEntity.Scores)] = new() { NS = ["1", "2.0", "3E1"] },
        };

        var back = Rich().FromItem(item);

        Assert.Equal(new HashSet<int> { 1, 2, 30 }, back.Scores);
    }
}
