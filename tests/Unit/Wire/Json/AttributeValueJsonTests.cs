using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Dynamo.Repositories.Wire.Json;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>Attribute values to and from DynamoDB JSON, against the SDK's own marshaller and unmarshaller.</summary>
public sealed class AttributeValueJsonTests
{
    [Fact]
    public void WriteItem_WritesTheSdkMarshallersTree_ForRandomTreesOfEveryTypeAndDepth()
    {
        var faker = new AttributeValueFaker(seed: 1601);
        for (var i = 0; i < 300; i++)
        {
            var request = new PutItemRequest { TableName = "t", Item = faker.Item(depth: 4) };

            var difference = JsonTree.Difference(
                SdkWire.Marshal(PutItemRequestMarshaller.Instance, request),
                SdkWire.Write(WireRequestWriter.Write, request));

            Assert.True(difference is null, $"tree {i}: {difference}");
        }
    }

    [Fact]
    public void ReadItem_GivesTheSdkUnmarshallersValues_ForRandomTreesOfEveryTypeAndDepth()
    {
        var faker = new AttributeValueFaker(seed: 1602);
        for (var i = 0; i < 300; i++)
        {
            // The PutItem body is an object with an Item member: a GetItem response with one unknown member (TableName).
            var json = SdkWire.Marshal(PutItemRequestMarshaller.Instance, new PutItemRequest { TableName = "t", Item = faker.Item(depth: 4) });

            var difference = ModelComparer.Difference(
                SdkWire.Unmarshal<GetItemResponse>(GetItemResponseUnmarshaller.Instance, json),
                WireResponseReader.ReadGetItem(json));

            Assert.True(difference is null, $"tree {i}: {difference}");
        }
    }

    [Fact]
    public void ReadThenWrite_KeepsEmptyListsMapsAndJsonNullsAsTheSdkDoes()
    {
        var json = """{"Item":{"l":{"L":[]},"m":{"M":{}},"nested":{"L":[{"M":{}},{"L":[]}]},"nulls":{"S":null,"L":null,"M":null}}}"""u8.ToArray();

        var ours = WireResponseReader.ReadGetItem(json);
        var sdk = SdkWire.Unmarshal<GetItemResponse>(GetItemResponseUnmarshaller.Instance, json);

        Assert.Null(ModelComparer.Difference(sdk, ours));
        Assert.True(ours.Item["l"].IsLSet);
        Assert.Empty(ours.Item["l"].L);
        Assert.True(ours.Item["m"].IsMSet);
        Assert.False(ours.Item["nulls"].IsLSet);
        var rewritten = new PutItemRequest { Item = ours.Item };
        Assert.Null(JsonTree.Difference(
            SdkWire.Marshal(PutItemRequestMarshaller.Instance, rewritten),
            SdkWire.Write(WireRequestWriter.Write, rewritten)));
        Assert.Null(JsonTree.Difference(
            """{"Item":{"l":{"L":[]},"m":{"M":{}},"nested":{"L":[{"M":{}},{"L":[]}]},"nulls":{}}}"""u8.ToArray(),
            SdkWire.Write(WireRequestWriter.Write, rewritten)));
    }

    [Fact]
    public void WriteAndRead_KeepNumbersAsTheirExactText()
    {
        const string Big = "123456789012345678901234567890.1234567890123456789";
        var item = new Dictionary<string, AttributeValue> { ["n"] = new() { N = Big }, ["ns"] = new() { NS = ["1E+3", "-0", "0.10"] } };

        var written = SdkWire.Write(WireRequestWriter.Write, new PutItemRequest { Item = item });
        var read = WireResponseReader.ReadGetItem(written);

        Assert.Contains($"\"N\":\"{Big}\"", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
        Assert.Equal(Big, read.Item["n"].N);
        Assert.Equal(["1E+3", "-0", "0.10"], read.Item["ns"].NS);
    }

    [Fact]
    public void WriteValue_LeavesOutUnsetCollections_AndWritesNullAsAnEmptyObject()
    {
        var request = new PutItemRequest
        {
            Item = new Dictionary<string, AttributeValue> { ["s"] = new() { S = "x" }, ["null"] = null!, ["unset"] = new() { L = null, M = null } },
        };

        var written = SdkWire.Write(WireRequestWriter.Write, request);

        Assert.Equal("""{"Item":{"s":{"S":"x"},"null":{},"unset":{}}}""", Encoding.UTF8.GetString(written));
        Assert.Null(JsonTree.Difference(SdkWire.Marshal(PutItemRequestMarshaller.Instance, request), written));
    }

    [Fact]
    public void ReadItem_SkipsUnknownMembersAtEveryLevel()
    {
        var json = """{"Future":[{"a":1},null],"Item":{"a":{"S":"x","X":{"deep":[1,2,{}]}},"b":{"Y":true,"N":"2"}},"More":{"z":"y"}}"""u8.ToArray();

        var ours = WireResponseReader.ReadGetItem(json);

        Assert.Null(ModelComparer.Difference(SdkWire.Unmarshal<GetItemResponse>(GetItemResponseUnmarshaller.Instance, json), ours));
        Assert.Equal("x", ours.Item["a"].S);
        Assert.Equal("2", ours.Item["b"].N);
    }

    [Fact]
    public void ReadItem_ThrowsJsonException_WhenTheBodyIsNotDynamoDbJson()
    {
        Assert.ThrowsAny<JsonException>(() => WireResponseReader.ReadGetItem("""{"Item":{"a":{"S":"x"}"""u8.ToArray()));
        Assert.ThrowsAny<JsonException>(() => WireResponseReader.ReadGetItem("""{"Item":[1]}"""u8.ToArray()));
        Assert.ThrowsAny<JsonException>(() => WireResponseReader.ReadGetItem("""[]"""u8.ToArray()));
    }
}
