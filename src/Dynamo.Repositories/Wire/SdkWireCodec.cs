using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// Writes request bodies and reads response bodies with the AWS SDK's own marshallers and unmarshallers, with the
/// calls of the library's Utf8Json writer and reader (<c>Wire.Json.WireRequestWriter</c> / <c>WireResponseReader</c>;
/// the readers here take the body as memory, not a span, so that the SDK's stream reads it without a copy):
/// <see cref="WireOperations"/> names one or the other, so switching is a change to that file alone.
/// </summary>
internal static class SdkWireCodec
{
    /// <summary>Writes a GetItem body.</summary>
    public static void Write(Utf8JsonWriter writer, GetItemRequest request) => Raw(writer, GetItemRequestMarshaller.Instance.Marshall(request));

    /// <summary>Writes a Query body.</summary>
    public static void Write(Utf8JsonWriter writer, QueryRequest request) => Raw(writer, QueryRequestMarshaller.Instance.Marshall(request));

    /// <summary>Writes a Scan body.</summary>
    public static void Write(Utf8JsonWriter writer, ScanRequest request) => Raw(writer, ScanRequestMarshaller.Instance.Marshall(request));

    /// <summary>Writes a BatchGetItem body.</summary>
    public static void Write(Utf8JsonWriter writer, BatchGetItemRequest request) => Raw(writer, BatchGetItemRequestMarshaller.Instance.Marshall(request));

    /// <summary>Writes a PutItem body.</summary>
    public static void Write(Utf8JsonWriter writer, PutItemRequest request) => Raw(writer, PutItemRequestMarshaller.Instance.Marshall(request));

    /// <summary>Writes an UpdateItem body.</summary>
    public static void Write(Utf8JsonWriter writer, UpdateItemRequest request) => Raw(writer, UpdateItemRequestMarshaller.Instance.Marshall(request));

    /// <summary>Writes a DeleteItem body.</summary>
    public static void Write(Utf8JsonWriter writer, DeleteItemRequest request) => Raw(writer, DeleteItemRequestMarshaller.Instance.Marshall(request));

    /// <summary>Writes a TransactWriteItems body.</summary>
    public static void Write(Utf8JsonWriter writer, TransactWriteItemsRequest request) => Raw(writer, TransactWriteItemsRequestMarshaller.Instance.Marshall(request));

    /// <summary>Writes a BatchWriteItem body.</summary>
    public static void Write(Utf8JsonWriter writer, BatchWriteItemRequest request) => Raw(writer, BatchWriteItemRequestMarshaller.Instance.Marshall(request));

    /// <summary>Reads a GetItem response.</summary>
    public static GetItemResponse ReadGetItem(ReadOnlyMemory<byte> json) => Read<GetItemResponse>(GetItemResponseUnmarshaller.Instance, json);

    /// <summary>Reads a Query response.</summary>
    public static QueryResponse ReadQuery(ReadOnlyMemory<byte> json) => Read<QueryResponse>(QueryResponseUnmarshaller.Instance, json);

    /// <summary>Reads a Scan response.</summary>
    public static ScanResponse ReadScan(ReadOnlyMemory<byte> json) => Read<ScanResponse>(ScanResponseUnmarshaller.Instance, json);

    /// <summary>Reads a BatchGetItem response.</summary>
    public static BatchGetItemResponse ReadBatchGetItem(ReadOnlyMemory<byte> json) => Read<BatchGetItemResponse>(BatchGetItemResponseUnmarshaller.Instance, json);

    /// <summary>Reads a PutItem response.</summary>
    public static PutItemResponse ReadPutItem(ReadOnlyMemory<byte> json) => Read<PutItemResponse>(PutItemResponseUnmarshaller.Instance, json);

    /// <summary>Reads an UpdateItem response.</summary>
    public static UpdateItemResponse ReadUpdateItem(ReadOnlyMemory<byte> json) => Read<UpdateItemResponse>(UpdateItemResponseUnmarshaller.Instance, json);

    /// <summary>Reads a DeleteItem response.</summary>
    public static DeleteItemResponse ReadDeleteItem(ReadOnlyMemory<byte> json) => Read<DeleteItemResponse>(DeleteItemResponseUnmarshaller.Instance, json);

    /// <summary>Reads a TransactWriteItems response.</summary>
    public static TransactWriteItemsResponse ReadTransactWriteItems(ReadOnlyMemory<byte> json) =>
        Read<TransactWriteItemsResponse>(TransactWriteItemsResponseUnmarshaller.Instance, json);

    /// <summary>Reads a BatchWriteItem response.</summary>
    public static BatchWriteItemResponse ReadBatchWriteItem(ReadOnlyMemory<byte> json) => Read<BatchWriteItemResponse>(BatchWriteItemResponseUnmarshaller.Instance, json);

    // The SDK's marshallers write the body into a pooled content stream (older ones into Content).
    private static void Raw(Utf8JsonWriter writer, IRequest marshalled)
    {
        if (marshalled.ContentStream is not { } stream)
        {
            writer.WriteRawValue(marshalled.Content, skipInputValidation: true);
            return;
        }

        using (stream)
        {
            var body = ArrayPool<byte>.Shared.Rent(checked((int)stream.Length));
            try
            {
                stream.Position = 0;
                stream.ReadExactly(body, 0, (int)stream.Length);
                writer.WriteRawValue(body.AsSpan(0, (int)stream.Length), skipInputValidation: true);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(body);
            }
        }
    }

    private static T Read<T>(JsonResponseUnmarshaller unmarshaller, ReadOnlyMemory<byte> json)
        where T : AmazonWebServiceResponse
    {
        using var stream = MemoryMarshal.TryGetArray(json, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(json.ToArray(), writable: false);
        using var context = new JsonUnmarshallerContext(stream, false, null, false, null);
        return (T)unmarshaller.Unmarshall(context);
    }
}
