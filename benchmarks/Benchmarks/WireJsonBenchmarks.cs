using System.Buffers;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Infrastructure;
using Dynamo.Repositories.Benchmarks.Model;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>
/// The JSON step alone, no I/O: the SDK's marshaller or unmarshaller (baseline) against the wire JSON writer or reader,
/// on the GetItem and PutItem requests and the GetItem and 100-item Query responses of the canned handler.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("WireJson")]
public class WireJsonBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private GetItemRequest _get = null!;
    private PutItemRequest _put = null!;
    private byte[] _getBody = null!;
    private byte[] _queryBody = null!;

    [Params("GetRequest", "PutRequest", "GetResponse", "Query100Response")]
    public string Case { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var responses = new CannedResponses();
        _getBody = responses.Get.Body;
        _queryBody = responses.Query.Body;
        _get = new GetItemRequest { TableName = "Orders", Key = ManualMapper.KeyOf(OrderData.QueryCustomer, "ORDER#00000") };
        _put = new PutItemRequest
        {
            TableName = "Orders",
            Item = ManualMapper.ToItem(responses.GetOrder),
            ConditionExpression = "attribute_not_exists(#pk)",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#pk"] = "pk" },
        };

        // Both sides must agree before they are timed.
        var sdkItems = ((QueryResponse)Unmarshal(QueryResponseUnmarshaller.Instance, _queryBody)).Items;
        var ourItems = WireResponseReader.ReadQuery(_queryBody).Items;
        if (Case == "Query100Response" && (sdkItems.Count != CannedResponses.QueryCount || ourItems.Count != sdkItems.Count))
        {
            throw new InvalidOperationException("The SDK and the wire reader disagree on the canned Query page.");
        }
    }

    [Benchmark(Baseline = true)]
    public long Sdk() => Case switch
    {
        "GetRequest" => Marshalled(GetItemRequestMarshaller.Instance.Marshall(_get).ContentStream),
        "PutRequest" => Marshalled(PutItemRequestMarshaller.Instance.Marshall(_put).ContentStream),
        "GetResponse" => ((GetItemResponse)Unmarshal(GetItemResponseUnmarshaller.Instance, _getBody)).Item.Count,
        _ => ((QueryResponse)Unmarshal(QueryResponseUnmarshaller.Instance, _queryBody)).Items.Count,
    };

    [Benchmark]
    public long Ours() => Case switch
    {
        "GetRequest" => WrittenGet(),
        "PutRequest" => WrittenPut(),
        "GetResponse" => WireResponseReader.ReadGetItem(_getBody).Item.Count,
        _ => WireResponseReader.ReadQuery(_queryBody).Items.Count,
    };

    private static AmazonWebServiceResponse Unmarshal(JsonResponseUnmarshaller unmarshaller, byte[] body)
    {
        using var stream = new MemoryStream(body, writable: false);
        return unmarshaller.Unmarshall(new JsonUnmarshallerContext(stream, false, null));
    }

    // The SDK's body lives in a pooled stream the client disposes after sending.
    private static long Marshalled(Stream content)
    {
        using (content)
        {
            return content.Length;
        }
    }

    // The transport hands the writer a pooled buffer; a new Utf8JsonWriter per request is the pessimistic case.
    private int WrittenGet()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        WireRequestWriter.Write(writer, _get);
        return _buffer.WrittenCount;
    }

    private int WrittenPut()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        WireRequestWriter.Write(writer, _put);
        return _buffer.WrittenCount;
    }
}
