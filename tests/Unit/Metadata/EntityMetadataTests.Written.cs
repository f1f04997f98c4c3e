using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Metadata;

public sealed partial class EntityMetadataTests
{
    public static TheoryData<string> WrittenShapes() => ["rich", "sparse rich", "shaped", "unicode shaped", "scalars"];

    [Theory]
    [MemberData(nameof(WrittenShapes))]
    public void ToItem_HandsBackTheSizeBoundOfTheWholeItem_AsTheEstimatorComputesIt(string shape)
    {
        var (item, written) = Written(shape);

        Assert.Equal(ItemSizeEstimator.Bound(item), written.SizeBound);
        Assert.InRange(ItemSizeEstimator.Estimate(item), 1, written.SizeBound);
    }

    [Fact]
    public void ToItem_HandsBackTheTableKeyValuesItWrote()
    {
        var metadata = Shaped();

        var item = metadata.ToItem(NewShaped(), out var written);

        Assert.Same(item["pk"], written.Partition);
        Assert.Same(item["sk"], written.Sort);
        Assert.Equal("customer-1", written.Partition!.S);
        Assert.Equal("7", written.Sort!.N);
    }

    [Fact]
    public void ToItem_HandsBackNoSortKey_WhenTheTableHasNone()
    {
        var item = Rich().ToItem(new RichEntity { Id = "r-1" }, out var written);

        Assert.Same(item[nameof(RichEntity.Id)], written.Partition);
        Assert.Null(written.Sort);
    }

    [Fact]
    public void ToItem_MeasuresTheItem_WhenTheMetadataHasNoSizingWriter()
    {
        var id = Rich().PartitionKey;
        var metadata = new EntityMetadata<RichEntity>(
            [id], "Rich", id, null, null, null, [], HandWriter, _ => throw new NotSupportedException());

        var item = metadata.ToItem(new RichEntity { Id = "hand-written" }, out var written);

        Assert.Equal(ItemSizeEstimator.Bound(item), written.SizeBound);
        Assert.Same(item[nameof(RichEntity.Id)], written.Partition);
    }

    private static Dictionary<string, AttributeValue> HandWriter(RichEntity entity, out WrittenItem written)
    {
        var id = new AttributeValue { S = entity.Id };
        written = new WrittenItem(id, null, 0);
        return new Dictionary<string, AttributeValue> { [nameof(RichEntity.Id)] = id };
    }

    private static (Dictionary<string, AttributeValue> Item, WrittenItem Written) Written(string shape)
    {
        Dictionary<string, AttributeValue> item;
        WrittenItem written;
        switch (shape)
        {
            case "rich":
                item = Rich().ToItem(FullRichEntity(), out written);
                break;
            case "sparse rich":
                item = Rich().ToItem(new RichEntity { Id = "r-2" }, out written);
                break;
            case "shaped":
                item = Shaped().ToItem(NewShaped(), out written);
                break;
            case "unicode shaped":
                var shaped = NewShaped();
                shaped.Status = "délivré 🚚";
                item = Shaped().ToItem(shaped, out written);
                break;
            default:
                item = Scalars().ToItem(new ScalarEntity { Id = "s-1", Text = "naïve" }, out written);
                break;
        }

        return (item, written);
    }
}
