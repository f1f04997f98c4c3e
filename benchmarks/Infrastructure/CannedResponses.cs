using System.Globalization;
using System.Text;
using System.Text.Json;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>
/// The precomputed DynamoDB JSON every contender receives: one item for GetItem, 100 items for the Query of
/// <see cref="OrderData.QueryCustomer"/>, ten pages of 100 for the Query of <see cref="OrderData.StreamCustomer"/>,
/// and empty bodies for PutItem and TransactWriteItems.
/// </summary>
public sealed class CannedResponses
{
    public const int QueryCount = 100;
    public const int StreamCount = 1_000;
    public const int StreamPageSize = 100;

    private static readonly byte[] StreamMarker = Encoding.UTF8.GetBytes(OrderData.StreamCustomer);
    private static readonly byte[] ExclusiveStartKeyMarker = Encoding.UTF8.GetBytes("\"ExclusiveStartKey\"");
    private static readonly byte[] OrderMarker = Encoding.UTF8.GetBytes("ORDER#");

    private readonly CannedResponse[] _streamPages;

    public CannedResponses()
    {
        QueryOrders = OrderData.Create(OrderData.QueryCustomer, QueryCount);
        StreamOrders = OrderData.Create(OrderData.StreamCustomer, StreamCount, seed: 7);
        foreach (var order in QueryOrders.Concat(StreamOrders))
        {
            order.Version = 3;
        }

        GetOrder = QueryOrders[0];
        Empty = new CannedResponse("{}"u8.ToArray());
        Get = Build(w =>
        {
            w.WritePropertyName("Item");
            DynamoJson.WriteItem(w, ManualMapper.ToItem(GetOrder));
        });
        Query = Build(w => WritePage(w, QueryOrders, null));
        _streamPages = new CannedResponse[StreamCount / StreamPageSize];
        for (var page = 0; page < _streamPages.Length; page++)
        {
            var items = StreamOrders.GetRange(page * StreamPageSize, StreamPageSize);
            var last = page == _streamPages.Length - 1 ? null : items[^1];
            _streamPages[page] = Build(w => WritePage(w, items, last));
        }
    }

    /// <summary>Gets the order GetItem returns (<see cref="OrderData.QueryCustomer"/>, ORDER#00000).</summary>
    public BenchOrder GetOrder { get; }

    /// <summary>Gets the 100 orders the Query returns.</summary>
    public List<BenchOrder> QueryOrders { get; }

    /// <summary>Gets the 1,000 orders the paged Query returns.</summary>
    public List<BenchOrder> StreamOrders { get; }

    public CannedResponse Empty { get; }

    public CannedResponse Get { get; }

    public CannedResponse Query { get; }

    /// <summary>Picks the response for an operation and its request body.</summary>
    public CannedResponse For(string operation, ReadOnlySpan<byte> requestBody) => operation switch
    {
        "GetItem" => Get,
        "PutItem" or "UpdateItem" or "DeleteItem" or "TransactWriteItems" => Empty,
        "Query" => requestBody.IndexOf(StreamMarker) >= 0 ? _streamPages[NextPage(requestBody)] : Query,
        _ => throw new InvalidOperationException($"The canned handler has no response for {operation}; add one to CannedResponses."),
    };

    // The ExclusiveStartKey names the last order of the previous page (ORDER#00099 -> page 1).
    private static int NextPage(ReadOnlySpan<byte> body)
    {
        var start = body.IndexOf(ExclusiveStartKeyMarker);
        if (start < 0)
        {
            return 0;
        }

        var rest = body[start..];
        var order = rest.IndexOf(OrderMarker);
        var digits = rest.Slice(order + OrderMarker.Length, 5);
        var index = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return (index + 1) / StreamPageSize;
    }

    private static void WritePage(Utf8JsonWriter writer, List<BenchOrder> orders, BenchOrder? last)
    {
        writer.WriteNumber("Count", orders.Count);
        writer.WriteStartArray("Items");
        foreach (var order in orders)
        {
            DynamoJson.WriteItem(writer, ManualMapper.ToItem(order));
        }

        writer.WriteEndArray();
        if (last is not null)
        {
            writer.WritePropertyName("LastEvaluatedKey");
            DynamoJson.WriteItem(writer, ManualMapper.KeyOf(last.CustomerId, last.OrderId));
        }

        writer.WriteNumber("ScannedCount", orders.Count);
    }

    private static CannedResponse Build(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return new CannedResponse(stream.ToArray());
    }
}
