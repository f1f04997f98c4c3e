using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Items;

public sealed class ItemIdentityTests
{
    [Fact]
    public void Of_GivesOneIdentity_WhetherTheKeyComesFromValuesOrFromAMapInAnyOrder()
    {
        var fromValues = ItemIdentity.Of("Orders", "pk", S("c-1"), "ak", S("o-1"));
        var fromMap = ItemIdentity.Of("Orders", new Dictionary<string, AttributeValue> { ["pk"] = S("c-1"), ["ak"] = S("o-1") });
        var fromReversedMap = ItemIdentity.Of("Orders", new Dictionary<string, AttributeValue> { ["ak"] = S("o-1"), ["pk"] = S("c-1") });

        Assert.Equal(fromValues, fromMap);
        Assert.Equal(fromMap, fromReversedMap);
        Assert.Equal(fromMap.GetHashCode(), fromReversedMap.GetHashCode());
        Assert.Equal(fromMap.ToString(), ItemIdentity.Text("Orders", new Dictionary<string, AttributeValue> { ["ak"] = S("o-1"), ["pk"] = S("c-1") }));
    }

    [Fact]
    public void Of_TellsItemsApart_WhenTableTypeOrSplitDiffers()
    {
        var item = ItemIdentity.Of("Orders", "pk", S("ab"), "sk", S("c"));

        Assert.NotEqual(item, ItemIdentity.Of("Archive", "pk", S("ab"), "sk", S("c")));
        Assert.NotEqual(item, ItemIdentity.Of("Orders", "pk", S("a"), "sk", S("bc")));
        Assert.NotEqual(ItemIdentity.Of("Orders", "pk", S("1"), null, null), ItemIdentity.Of("Orders", "pk", new AttributeValue { N = "1" }, null, null));
    }

    private static AttributeValue S(string value) => new() { S = value };
}
