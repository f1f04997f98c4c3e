using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Dynamo.Repositories.Wire.Json;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// Contract: for random requests of each operation, every member of the SDK model set or not, the body we write parses
/// to the same JSON tree as the SDK marshaller's (<c>&lt;Op&gt;RequestMarshaller.Instance.Marshall(request)</c>).
/// </summary>
public sealed class WireRequestWriterTests
{
    private const int Count = 150;

    [Fact]
    public void Write_WritesTheSdkTree_ForRandomGetItemRequests() =>
        AssertSameTrees(f => f.Get(), GetItemRequestMarshaller.Instance, WireRequestWriter.Write);

    [Fact]
    public void Write_WritesTheSdkTree_ForRandomQueryRequests() =>
        AssertSameTrees(f => f.Query(), QueryRequestMarshaller.Instance, WireRequestWriter.Write);

    [Fact]
    public void Write_WritesTheSdkTree_ForRandomScanRequests() =>
        AssertSameTrees(f => f.Scan(), ScanRequestMarshaller.Instance, WireRequestWriter.Write);

    [Fact]
    public void Write_WritesTheSdkTree_ForRandomBatchGetItemRequests() =>
        AssertSameTrees(f => f.BatchGet(), BatchGetItemRequestMarshaller.Instance, WireRequestWriter.Write);

    [Fact]
    public void Write_WritesTheSdkTree_ForRandomPutItemRequests() =>
        AssertSameTrees(f => f.Put(), PutItemRequestMarshaller.Instance, WireRequestWriter.Write);

    [Fact]
    public void Write_WritesTheSdkTree_ForRandomUpdateItemRequests() =>
        AssertSameTrees(f => f.Update(), UpdateItemRequestMarshaller.Instance, WireRequestWriter.Write);

    [Fact]
    public void Write_WritesTheSdkTree_ForRandomDeleteItemRequests() =>
        AssertSameTrees(f => f.Delete(), DeleteItemRequestMarshaller.Instance, WireRequestWriter.Write);

    [Fact]
    public void Write_WritesTheSdkTree_ForRandomTransactWriteItemsRequests() =>
        AssertSameTrees(f => f.TransactWrite(), TransactWriteItemsRequestMarshaller.Instance, WireRequestWriter.Write);

    [Fact]
    public void Write_WritesTheSdkTree_ForRandomBatchWriteItemRequests() =>
        AssertSameTrees(f => f.BatchWrite(), BatchWriteItemRequestMarshaller.Instance, WireRequestWriter.Write);

    [Fact]
    public void Write_WritesAnEmptyObject_ForAnEmptyRequest_AsTheSdkDoes()
    {
        Assert.Equal("{}", Text(WireRequestWriter.Write, new GetItemRequest()));
        Assert.Equal("{}", Text(WireRequestWriter.Write, new QueryRequest()));
        Assert.Equal("{}", Text(WireRequestWriter.Write, new BatchWriteItemRequest()));
        Assert.Null(JsonTree.Difference(SdkWire.Marshal(QueryRequestMarshaller.Instance, new QueryRequest()), "{}"u8.ToArray()));
    }

    [Fact]
    public void Write_MakesUpAClientRequestTokenOnce_AndKeepsItOnTheRequestForRetries()
    {
        var request = new TransactWriteItemsRequest { TransactItems = [] };

        var first = JsonDocument.Parse(SdkWire.Write(WireRequestWriter.Write, request)).RootElement.GetProperty("ClientRequestToken").GetString();
        var second = JsonDocument.Parse(SdkWire.Write(WireRequestWriter.Write, request)).RootElement.GetProperty("ClientRequestToken").GetString();
        var sdk = JsonDocument.Parse(SdkWire.Marshal(TransactWriteItemsRequestMarshaller.Instance, new TransactWriteItemsRequest())).RootElement;

        Assert.True(Guid.TryParse(first, out _));
        Assert.Equal(first, second);
        Assert.Equal(first, request.ClientRequestToken);
        Assert.True(Guid.TryParse(sdk.GetProperty("ClientRequestToken").GetString(), out _));
    }

    [Fact]
    public void Write_ThrowsArgumentNullException_WhenTheWriterOrRequestIsNull()
    {
        using var writer = new Utf8JsonWriter(new MemoryStream());

        Assert.Throws<ArgumentNullException>(() => WireRequestWriter.Write(writer, (GetItemRequest)null!));
        Assert.Throws<ArgumentNullException>(() => WireRequestWriter.Write(null!, new QueryRequest()));
    }

    private static void AssertSameTrees<TRequest>(Func<RequestFaker, TRequest> make, IMarshaller<IRequest, TRequest> marshaller, Action<Utf8JsonWriter, TRequest> write)
        where TRequest : AmazonWebServiceRequest
    {
        var faker = new RequestFaker(seed: typeof(TRequest).Name.Length * 101);
        for (var i = 0; i < Count; i++)
        {
            var request = make(faker);

            var difference = JsonTree.Difference(SdkWire.Marshal(marshaller, request), SdkWire.Write(write, request));

            Assert.True(difference is null, $"{typeof(TRequest).Name} {i}: {difference}");
        }
    }

    private static string Text<TRequest>(Action<Utf8JsonWriter, TRequest> write, TRequest request) =>
        System.Text.Encoding.UTF8.GetString(SdkWire.Write(write, request));
}
