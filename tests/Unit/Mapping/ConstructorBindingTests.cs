using Dynamo.Repositories.Mapping;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Mapping;

public sealed class ConstructorBindingTests
{
    [Fact]
    public void FromItem_CreatesAPrimaryConstructorEntity_AndSetsTheRestThroughPrivateSetters()
    {
        var metadata = EntityModelBuilder.Build([new Configuration<Author>(b => b.HasPartitionKey(x => x.Id))]).Get<Author>();
        var author = new Author("a-1", "Ada");
        author.Publish();
        author.Publish();
        author.MoveTo(new Address("1 Main St", "Springfield"));

        var back = metadata.FromItem(metadata.ToItem(author));

        Assert.Equal("a-1", back.Id);
        Assert.Equal("Ada", back.Name);
        Assert.Equal(2, back.Books);
        Assert.Equal(new Address("1 Main St", "Springfield"), back.Home);
    }

    [Fact]
    public void FromItem_PassesTheDefault_WhenABoundAttributeIsMissing()
    {
        var metadata = EntityModelBuilder.Build([new Configuration<Author>(b => b.HasPartitionKey(x => x.Id))]).Get<Author>();

        var back = metadata.FromItem(new() { ["Id"] = new() { S = "a-2" } });

        Assert.Equal("a-2", back.Id);
        Assert.Null(back.Name);
        Assert.Null(back.Home);
    }

    [Fact]
    public void FromItem_ThroughAConstructor_AllocatesNoMoreThanThroughSetters()
    {
        var bound = EntityModelBuilder.Build([new Configuration<Author>(b => b.HasPartitionKey(x => x.Id))]).Get<Author>();
        var set = EntityModelBuilder.Build([new Configuration<AuthorWithSetters>(b => b.HasPartitionKey(x => x.Id))]).Get<AuthorWithSetters>();
        var source = new Author("a-1", "Ada");
        source.MoveTo(new Address("1 Main St", "Springfield"));
        var item = bound.ToItem(source);

        var perItemBound = Allocated(() => bound.FromItem(item));
        var perItemSet = Allocated(() => set.FromItem(item));

        // A reflection call per item (ConstructorInfo.Invoke) would allocate its argument array and boxes on top.
        Assert.True(perItemBound <= perItemSet, $"constructor binding allocated {perItemBound} B per item, setters {perItemSet} B.");
    }

    private static long Allocated(Func<object> read)
    {
        read();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            GC.KeepAlive(read());
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / 1_000;
    }

    [Fact]
    public void FromItem_UsesAPrivateConstructor()
    {
        var metadata = EntityModelBuilder.Build([new Configuration<Hidden>(b => b.HasPartitionKey(x => x.Id))]).Get<Hidden>();

        var back = metadata.FromItem(metadata.ToItem(Hidden.Create("h-1", "kept")));

        Assert.Equal("h-1", back.Id);
        Assert.Equal("kept", back.Note);
    }

    [Fact]
    public void Build_Throws_NamingBothConstructors_WhenTwoBindEqually()
    {
        var error = Assert.Throws<EntityConfigurationException>(
            () => EntityModelBuilder.Build([new Configuration<Ambiguous>(b => b.HasPartitionKey(x => x.Id))]));

        Assert.Equal(typeof(Ambiguous), error.EntityType);
        Assert.Contains("Ambiguous(String id); Ambiguous(Int32 count)", error.Message, StringComparison.Ordinal);
        Assert.Contains("ambiguous", error.Message, StringComparison.Ordinal);
    }
}
