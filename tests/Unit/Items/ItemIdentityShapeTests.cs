using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Items;

/// <summary>Identities of binary and number keys, of one-attribute key maps, and the key maps refused.</summary>
public sealed class ItemIdentityShapeTests
{
    [Fact]
    public void Of_IdentifiesBinaryAndNumberKeys_ByTypeAndValue()
    {
        var binary = ItemIdentity.Of("Files", new Dictionary<string, AttributeValue> { ["id"] = new() { B = new MemoryStream([1, 2]) } });
        var same = ItemIdentity.Of("Files", "id", new AttributeValue { B = new MemoryStream([1, 2]) }, null, null);
        var number = ItemIdentity.Of("Files", "id", new AttributeValue { N = "7" }, "sk", new AttributeValue { B = new MemoryStream([3]) });

        Assert.Equal(binary, same);
        Assert.True(binary.Equals((object)same));
        Assert.False(binary.Equals("Files"));
        Assert.Equal("Files\u001fBAQI=", binary.ToString());
        Assert.Equal("Files\u001fN7\u001fBAw==", number.ToString());
    }

    [Fact]
    public void Of_RefusesAnEmptyKeyMap_AndOneOfMoreThanTwoAttributes()
    {
        var empty = Assert.Throws<ArgumentException>("key", () => ItemIdentity.Of("T", []));
        var three = Assert.Throws<ArgumentException>("key", () => ItemIdentity.Of("T", new Dictionary<string, AttributeValue> { ["a"] = new() { S = "1" }, ["b"] = new() { S = "2" }, ["c"] = new() { S = "3" } }));

        Assert.StartsWith("A key has at least one attribute.", empty.Message, StringComparison.Ordinal);
        Assert.StartsWith("A key has at most two attributes.", three.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("key", () => ItemIdentity.Of("T", null!));
    }

    [Fact]
    public void Of_GivesAValueOfNoKeyType_AnIdentityOfItsOwn()
    {
        var unknown = ItemIdentity.Of("T", "id", new AttributeValue { BOOL = true }, null, null);

        Assert.Equal("T\u001f?", unknown.ToString());
        Assert.NotEqual(ItemIdentity.Of("T", "id", new AttributeValue { S = string.Empty }, null, null), unknown);
    }
}
