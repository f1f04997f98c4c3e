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
