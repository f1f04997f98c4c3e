using Amazon;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Dynamo.Repositories.Wire.Json;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// Contract: with the SDK's other collection mode (<c>AWSConfigs.InitializeCollections = true</c>, the v3 behaviour,
/// where an empty collection is "unset" unless marked), the wire JSON still writes and reads as the SDK does.
/// </summary>
[Collection(nameof(InitializeCollectionsCollection))]
public sealed class InitializeCollectionsTests
{
    [Fact]
    public void WriteAndRead_MatchTheSdk_WhenInitializeCollectionsIsOn()
    {
        var original = AWSConfigs.InitializeCollections;
        AWSConfigs.InitializeCollections = true;
        try
        {
            var requests = new RequestFaker(seed: 1660);
            var responses = new ResponseJsonFaker(seed: 1661);
            for (var i = 0; i < 100; i++)
            {
                var query = requests.Query();
                var put = requests.Put();
                var page = responses.Page();

                Assert.Null(JsonTree.Difference(SdkWire.Marshal(QueryRequestMarshaller.Instance, query), SdkWire.Write(WireRequestWriter.Write, query)));
                Assert.Null(JsonTree.Difference(SdkWire.Marshal(PutItemRequestMarshaller.Instance, put), SdkWire.Write(WireRequestWriter.Write, put)));
                Assert.Null(ModelComparer.Difference(SdkWire.Unmarshal<QueryResponse>(QueryResponseUnmarshaller.Instance, page), WireResponseReader.ReadQuery(page)));
            }

            // An empty collection is not sent in this mode, unless it came from the service (marked as set).
            var empty = new PutItemRequest { TableName = "t", Item = new() { ["l"] = new AttributeValue { L = [] } }, ExpressionAttributeNames = [] };
            Assert.Equal("""{"Item":{"l":{}},"TableName":"t"}""", System.Text.Encoding.UTF8.GetString(SdkWire.Write(WireRequestWriter.Write, empty)));
            var json = """{"Item":{"l":{"L":[]},"n":{"L":null},"m":{"M":null},"s":{"SS":null,"BS":[]}}}"""u8.ToArray();
            var read = WireResponseReader.ReadGetItem(json);
            Assert.Null(ModelComparer.Difference(SdkWire.Unmarshal<GetItemResponse>(GetItemResponseUnmarshaller.Instance, json), read));
            var nullItem = """{"Item":null}"""u8.ToArray();
            Assert.Null(ModelComparer.Difference(SdkWire.Unmarshal<GetItemResponse>(GetItemResponseUnmarshaller.Instance, nullItem), WireResponseReader.ReadGetItem(nullItem)));
            Assert.False(WireResponseReader.ReadGetItem(nullItem).IsItemSet);
            Assert.True(read.Item["l"].IsLSet);
            Assert.False(read.Item["n"].IsLSet);
            Assert.NotNull(read.Item["n"].L);
        }
        finally
        {
            AWSConfigs.InitializeCollections = original;
        }
    }
}
