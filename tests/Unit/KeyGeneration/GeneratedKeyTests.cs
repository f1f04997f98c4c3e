using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.TestDomain.Contributors;
using Dynamo.Repositories.UnitTests.Mapping;
using Xunit;

namespace Dynamo.Repositories.UnitTests.KeyGeneration;

public sealed class GeneratedKeyTests
{
    private static EntityMetadata<T> Map<T>(Action<DynamoEntityBuilder<T>> configure)
        where T : class => EntityModelBuilder.Build([new Configuration<T>(configure)]).Get<T>();

    [Fact]
    public void ValueGeneratedOnAdd_ChoosesTheGeneratorByTheStoredType()
    {
        var contributor = Map<Contributor>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).ValueGeneratedOnAdd());
        var order = Map<Order>(b => b.HasPartitionKey(x => x.Id).HasSortKey(x => x.Ticket).Ignore(x => x.Label).Property(x => x.Id).ValueGeneratedOnAdd());
        var author = Map<Author>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).ValueGeneratedOnAdd());

        var sequence = Assert.Single(contributor.GeneratedKeys).Generator;
        Assert.Equal((KeyGeneratorKind.Sequence, "Contributor", 100), (sequence.Kind, sequence.SequenceName, sequence.BlockSize));
        Assert.Equal(KeyGeneratorKind.GuidV7, Assert.Single(order.GeneratedKeys).Generator.Kind);
        Assert.Equal(KeyGeneratorKind.SortableString, Assert.Single(author.GeneratedKeys).Generator.Kind);
    }

    [Fact]
    public void IsDefault_IsTrueOnlyForTheDefault_OfAVogenIdAndOfAStronglyTypedId()
    {
        var contributor = Assert.Single(Map<Contributor>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).ValueGeneratedOnAdd()).GeneratedKeys);
        var order = Assert.Single(Map<Order>(b => b.HasPartitionKey(x => x.Id).Ignore(x => x.Label).Property(x => x.Id).ValueGeneratedOnAdd()).GeneratedKeys);

        Assert.True(contributor.IsDefault(new Contributor(ContributorName.From("New")).Id));
        Assert.False(contributor.IsDefault(ContributorId.From(5)));
        Assert.Equal(ContributorId.From(12), contributor.ToPropertyValue(12L));
        Assert.True(order.IsDefault(new OrderId(Guid.Empty)));
        Assert.False(order.IsDefault(new OrderId(Guid.NewGuid())));
    }

    [Fact]
    public void Build_Throws_WhenAGeneratedMemberIsNotAKey_OrItsGeneratorCannotProduceIt()
    {
        var notKey = Assert.Throws<EntityConfigurationException>(() => Map<Author>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Name).ValueGeneratedOnAdd()));
        var wrongType = Assert.Throws<EntityConfigurationException>(() => Map<Author>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).HasSequence()));

        Assert.Equal(nameof(Author.Name), notKey.PropertyName);
        Assert.Contains("not the partition or sort key", notKey.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(Author.Id), wrongType.PropertyName);
        Assert.Contains("stored as String", wrongType.Message, StringComparison.Ordinal);
    }
}
