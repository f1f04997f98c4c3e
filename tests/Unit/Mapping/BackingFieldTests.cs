using Dynamo.Repositories.Mapping;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Mapping;

public sealed class BackingFieldTests
{
    [Fact]
    public void FromItem_ReadsBackAGetOnlyCollectionOverAPrivateList()
    {
        var metadata = EntityModelBuilder.Build([new Configuration<Cart>(b => b.HasPartitionKey(x => x.BuyerId))]).Get<Cart>();
        var cart = new Cart("buyer-1");
        cart.AddItem(7, 12.5m, 2);
        cart.AddItem(9, 3m);

        var item = metadata.ToItem(cart);
        var back = metadata.FromItem(item);

        Assert.Equal(2, item["Items"].L.Count);
        Assert.Equal(["BuyerId", "Items"], item.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, back.Items.Count);
        Assert.Equal([(7, 2, 12.5m), (9, 1, 3m)], back.Items.Select(i => (i.CatalogItemId, i.Quantity, i.UnitPrice)));
        Assert.Equal(3, back.TotalItems);
        Assert.Equal("Items", metadata.FindProperty(nameof(Cart.Items))!.Name);
    }

    [Fact]
    public void FromItem_UsesEachFieldConvention_HasField_AndFieldOnlyMembers_AndSkipsNotMapped()
    {
        var metadata = EntityModelBuilder.Build([new Configuration<Conventions>(b =>
        {
            b.HasPartitionKey(x => x.Id);
            b.Property(x => x.Hidden).HasField("_hiddenStore");
            b.Property<List<string>>("_secretNotes").HasAttributeName("notes");
        })]).Get<Conventions>();
        var source = new Conventions { Id = "c-1" };
        source.Tag("red");
        source.Code(4);
        source.Note("private");
        source.Hide(42);

        var item = metadata.ToItem(source);
        var back = metadata.FromItem(item);

        Assert.Equal(["Codes", "Hidden", "Id", "Tags", "notes"], item.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["red"], back.Tags);
        Assert.Equal([4], back.Codes);
        Assert.Equal([42], back.Hidden);
        Assert.Equal(1, back.NoteCount);
    }

    [Fact]
    public void Build_Throws_NamingBothFixes_WhenAGetOnlyCollectionHasNoField()
    {
        var error = Assert.Throws<EntityConfigurationException>(
            () => EntityModelBuilder.Build([new Configuration<Lossy>(b => b.HasPartitionKey(x => x.Id))]));

        Assert.Equal(typeof(Lossy), error.EntityType);
        Assert.Equal(nameof(Lossy.Lines), error.PropertyName);
        Assert.Contains("Lossy.Lines is a get-only IReadOnlyList<String> with no setter and no backing field found", error.Message, StringComparison.Ordinal);
        Assert.Contains("HasField(", error.Message, StringComparison.Ordinal);
        Assert.Contains("builder.Ignore(x => x.Lines)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LeavesGetOnlyScalarsComputed_AndAcceptsAnIgnoredGetOnlyCollection()
    {
        var metadata = EntityModelBuilder.Build([new Configuration<Lossy>(b =>
        {
            b.HasPartitionKey(x => x.Id);
            b.Ignore(x => x.Lines);
        })]).Get<Lossy>();

        Assert.Equal(["Id"], metadata.Properties.Select(p => p.Name));
    }

    [Fact]
    public void Build_Throws_WhenHasFieldNamesNoField()
    {
        var error = Assert.Throws<EntityConfigurationException>(() => EntityModelBuilder.Build([new Configuration<Lossy>(b =>
        {
            b.HasPartitionKey(x => x.Id);
            b.Property(x => x.Lines).HasField("_missing");
        })]));

        Assert.Equal(nameof(Lossy.Lines), error.PropertyName);
        Assert.Contains("field '_missing'", error.Message, StringComparison.Ordinal);
    }
}
