using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Dynamo.Repositories.Wire.Json;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// Contract: for random 200 bodies of each operation (members present, absent, JSON null, unknown), the SDK's
/// unmarshaller and ours give equal response objects, null and empty told apart.
/// </summary>
public sealed class WireResponseReaderTests
{
    private const int Count = 200;

    [Fact]
    public void ReadGetItem_ReadsWhatTheSdkReads_ForRandomBodies() =>
        AssertSameModels(f => f.Get(), GetItemResponseUnmarshaller.Instance, WireResponseReader.ReadGetItem);

    [Fact]
    public void ReadQuery_ReadsWhatTheSdkReads_ForRandomBodies() =>
        AssertSameModels(f => f.Page(), QueryResponseUnmarshaller.Instance, WireResponseReader.ReadQuery);

    [Fact]
    public void ReadScan_ReadsWhatTheSdkReads_ForRandomBodies() =>
        AssertSameModels(f => f.Page(), ScanResponseUnmarshaller.Instance, WireResponseReader.ReadScan);

    [Fact]
    public void ReadBatchGetItem_ReadsWhatTheSdkReads_ForRandomBodies() =>
        AssertSameModels(f => f.BatchGet(), BatchGetItemResponseUnmarshaller.Instance, WireResponseReader.ReadBatchGetItem);

    [Fact]
    public void ReadPutItem_ReadsWhatTheSdkReads_ForRandomBodies() =>
        AssertSameModels(f => f.ItemWrite(), PutItemResponseUnmarshaller.Instance, WireResponseReader.ReadPutItem);

    [Fact]
    public void ReadUpdateItem_ReadsWhatTheSdkReads_ForRandomBodies() =>
        AssertSameModels(f => f.ItemWrite(), UpdateItemResponseUnmarshaller.Instance, WireResponseReader.ReadUpdateItem);

    [Fact]
    public void ReadDeleteItem_ReadsWhatTheSdkReads_ForRandomBodies() =>
        AssertSameModels(f => f.ItemWrite(), DeleteItemResponseUnmarshaller.Instance, WireResponseReader.ReadDeleteItem);

    [Fact]
    public void ReadTransactWriteItems_ReadsWhatTheSdkReads_ForRandomBodies() =>
        AssertSameModels(f => f.TransactWrite(), TransactWriteItemsResponseUnmarshaller.Instance, WireResponseReader.ReadTransactWriteItems);

    [Fact]
    public void ReadBatchWriteItem_ReadsWhatTheSdkReads_ForRandomBodies() =>
        AssertSameModels(f => f.BatchWrite(), BatchWriteItemResponseUnmarshaller.Instance, WireResponseReader.ReadBatchWriteItem);

    [Fact]
    public void Read_GivesAnEmptyResponse_ForAnEmptyObjectOrAnEmptyBody()
    {
        var fromObject = WireResponseReader.ReadPutItem("{}"u8);
        var fromNothing = WireResponseReader.ReadQuery([]);

        Assert.Null(ModelComparer.Difference(SdkWire.Unmarshal<PutItemResponse>(PutItemResponseUnmarshaller.Instance, "{}"u8.ToArray()), fromObject));
        Assert.Null(fromObject.Attributes);
        Assert.Null(fromNothing.Items);
        Assert.Null(fromNothing.Count);
    }

    [Fact]
    public void ReadGetItem_LeavesItemNull_WhenTheKeyIsNotFound_AndSetButEmpty_WhenTheItemIsEmpty()
    {
        var missing = WireResponseReader.ReadGetItem("{}"u8);
        var empty = WireResponseReader.ReadGetItem("""{"Item":{}}"""u8);

        Assert.Null(missing.Item);
        Assert.False(missing.IsItemSet);
        Assert.NotNull(empty.Item);
        Assert.True(empty.IsItemSet);
    }

    [Fact]
    public void ReadQuery_ReadsCountsAndCapacity_GivenAsStrings_AsTheSdkDoes()
    {
        var json = """{"Count":"3","ScannedCount":4,"ConsumedCapacity":{"CapacityUnits":"1.5","Table":{"ReadCapacityUnits":0.5}}}"""u8.ToArray();

        var ours = WireResponseReader.ReadQuery(json);

        Assert.Null(ModelComparer.Difference(SdkWire.Unmarshal<QueryResponse>(QueryResponseUnmarshaller.Instance, json), ours));
        Assert.Equal(3, ours.Count);
        Assert.Equal(1.5, ours.ConsumedCapacity.CapacityUnits);
    }

    [Fact]
    public void Read_ThrowsJsonException_WhenAMemberHasTheWrongType()
    {
        Assert.ThrowsAny<JsonException>(() => WireResponseReader.ReadQuery("""{"Items":{}}"""u8));
        Assert.ThrowsAny<JsonException>(() => WireResponseReader.ReadQuery("""{"Count":[]}"""u8));
        Assert.ThrowsAny<JsonException>(() => WireResponseReader.ReadBatchGetItem("""{"Responses":[]}"""u8));
    }

    private static void AssertSameModels<TResponse>(Func<ResponseJsonFaker, byte[]> make, JsonResponseUnmarshaller sdk, ReadResponse<TResponse> read)
        where TResponse : AmazonWebServiceResponse
    {
        var faker = new ResponseJsonFaker(seed: typeof(TResponse).Name.Length * 37);
        for (var i = 0; i < Count; i++)
        {
            var json = make(faker);

            var difference = ModelComparer.Difference(SdkWire.Unmarshal<TResponse>(sdk, json), read(json));

            Assert.True(difference is null, $"{typeof(TResponse).Name} {i}: {difference}{Environment.NewLine}{System.Text.Encoding.UTF8.GetString(json)}");
        }
    }

    private delegate TResponse ReadResponse<out TResponse>(ReadOnlySpan<byte> json);
}
