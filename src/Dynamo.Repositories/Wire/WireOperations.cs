using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// The nine operations the library sends on the wire path. Bodies are written and read by <see cref="SdkWireCodec"/>
/// (the SDK's marshallers) until the library's own Utf8Json writer and reader replace it here; errors always go
/// through the SDK's unmarshaller of the operation, so they arrive as the exceptions the SDK raises.
/// </summary>
internal static class WireOperations
{
    /// <summary>GetItem.</summary>
    public static readonly WireOperation<GetItemRequest, GetItemResponse> GetItem =
        new("GetItem", SdkWireCodec.Write, SdkWireCodec.ReadGetItem, GetItemResponseUnmarshaller.Instance);

    /// <summary>Query.</summary>
    public static readonly WireOperation<QueryRequest, QueryResponse> Query =
        new("Query", SdkWireCodec.Write, SdkWireCodec.ReadQuery, QueryResponseUnmarshaller.Instance);

    /// <summary>Scan.</summary>
    public static readonly WireOperation<ScanRequest, ScanResponse> Scan =
        new("Scan", SdkWireCodec.Write, SdkWireCodec.ReadScan, ScanResponseUnmarshaller.Instance);

    /// <summary>BatchGetItem.</summary>
    public static readonly WireOperation<BatchGetItemRequest, BatchGetItemResponse> BatchGetItem =
        new("BatchGetItem", SdkWireCodec.Write, SdkWireCodec.ReadBatchGetItem, BatchGetItemResponseUnmarshaller.Instance);

    /// <summary>PutItem.</summary>
    public static readonly WireOperation<PutItemRequest, PutItemResponse> PutItem =
        new("PutItem", SdkWireCodec.Write, SdkWireCodec.ReadPutItem, PutItemResponseUnmarshaller.Instance);

    /// <summary>UpdateItem.</summary>
    public static readonly WireOperation<UpdateItemRequest, UpdateItemResponse> UpdateItem =
        new("UpdateItem", SdkWireCodec.Write, SdkWireCodec.ReadUpdateItem, UpdateItemResponseUnmarshaller.Instance);

    /// <summary>DeleteItem.</summary>
    public static readonly WireOperation<DeleteItemRequest, DeleteItemResponse> DeleteItem =
        new("DeleteItem", SdkWireCodec.Write, SdkWireCodec.ReadDeleteItem, DeleteItemResponseUnmarshaller.Instance);

    /// <summary>TransactWriteItems.</summary>
    public static readonly WireOperation<TransactWriteItemsRequest, TransactWriteItemsResponse> TransactWriteItems =
        new("TransactWriteItems", SdkWireCodec.Write, SdkWireCodec.ReadTransactWriteItems, TransactWriteItemsResponseUnmarshaller.Instance);

    /// <summary>BatchWriteItem.</summary>
    public static readonly WireOperation<BatchWriteItemRequest, BatchWriteItemResponse> BatchWriteItem =
        new("BatchWriteItem", SdkWireCodec.Write, SdkWireCodec.ReadBatchWriteItem, BatchWriteItemResponseUnmarshaller.Instance);
}
