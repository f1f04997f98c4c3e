using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.UnitTests.Mapping;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Metadata;

/// <summary>Keys given for an entity of another key shape, and the version of an unversioned entity.</summary>
public sealed class EntityKeyShapeTests
{
    [Fact]
    public void KeyOf_Throws_WhenASortKeyIsGivenForAnEntityWithoutOne()
    {
        var metadata = Map<Memo>(b => b.HasPartitionKey(x => x.Id));

        var error = Assert.Throws<EntityMappingException>(() => metadata.KeyOf(new EntityKey("m-1", "extra")));

        Assert.Equal((typeof(Memo), nameof(Memo.Id)), (error.EntityType, error.PropertyName));
        Assert.Equal("Memo has no sort key; pass the partition key (Id) only.", error.Message);
    }

    [Fact]
    public void KeyOf_Throws_WhenTheSortKeyIsMissing()
    {
        var metadata = Map<Memo>(b => b.HasPartitionKey(x => x.Id).HasSortKey(x => x.Topic));

        var error = Assert.Throws<EntityMappingException>(() => metadata.KeyOf(new EntityKey("m-1")));

        Assert.Equal("Memo has a sort key (Topic); pass both the partition key and the sort key.", error.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_Throws_WhenTheVersionIsAlsoAKey(bool sortKey)
    {
        var error = Assert.Throws<EntityConfigurationException>(() => sortKey
            ? Map<Memo>(b => b.HasPartitionKey(x => x.Id).HasSortKey(x => x.Revision).HasVersion(x => x.Revision))
            : Map<Memo>(b => b.HasPartitionKey(x => x.Revision).HasVersion(x => x.Revision)));

        Assert.Equal(nameof(Memo.Revision), error.PropertyName);
        Assert.StartsWith("Memo.Revision cannot be both a key and the version.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetVersion_ChangesNothing_OnAnUnversionedEntity()
    {
        var metadata = Map<Memo>(b => b.HasPartitionKey(x => x.Id));
        var memo = new Memo { Id = "m-1", Revision = 4 };

        metadata.SetVersion(memo, 9);

        Assert.Equal((null, 4), (metadata.GetVersion(memo), memo.Revision));
    }

    private static EntityMetadata<T> Map<T>(Action<DynamoEntityBuilder<T>> configure)
        where T : class => EntityModelBuilder.Build([new Configuration<T>(configure)]).Get<T>();

    public sealed class Memo
    {
        public string Id { get; set; } = "";

        public string Topic { get; set; } = "";

        public long Revision { get; set; }
    }
}
