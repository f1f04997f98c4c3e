using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// The nine operations the library sends on the wire path. Bodies are written and read by the library's own Utf8Json
/// writer and reader (<see cref="WireRequestWriter"/>, <see cref="WireResponseReader"/>); errors always go through the
/// SDK's unmarshaller of the operation, so they arrive as the exceptions the SDK raises.
/// </summary>
internal static class WireOperations
{
    /// <summary>GetItem.</summary>
    public static readonly WireOperation<GetItemRequest, GetItemResponse> GetItem =
        new("GetItem", WireRequestWriter.Write, WireResponseReader.ReadGetItem, GetItemResponseUnmarshaller.Instance);

    /// <summary>Query.</summary>
    public static readonly WireOperation<QueryRequest, QueryResponse> Query =
        new("Query", WireRequestWriter.Write, WireResponseReader.ReadQuery, QueryResponseUnmarshaller.Instance);

    /// <summary>Scan.</summary>
    public static readonly WireOperation<ScanRequest, ScanResponse> Scan =
        new("Scan", WireRequestWriter.Write, WireResponseReader.ReadScan, ScanResponseUnmarshaller.Instance);

    /// <summary>BatchGetItem.</summary>
    public static readonly WireOperation<BatchGetItemRequest, BatchGetItemResponse> BatchGetItem =
        new("BatchGetItem", WireRequestWriter.Write, WireResponseReader.ReadBatchGetItem, BatchGetItemResponseUnmarshaller.Instance);

    /// <summary>PutItem.</summary>
    public static readonly WireOperation<PutItemRequest, PutItemResponse> PutItem =
        new("PutItem", WireRequestWriter.Write, WireResponseReader.ReadPutItem, PutItemResponseUnmarshaller.Instance);

    /// <summary>UpdateItem.</summary>
    public static readonly WireOperation<UpdateItemRequest, UpdateItemResponse> UpdateItem =
        new("UpdateItem", WireRequestWriter.Write, WireResponseReader.ReadUpdateItem, UpdateItemResponseUnmarshaller.Instance);

    /// <summary>DeleteItem.</summary>
    public static readonly WireOperation<DeleteItemRequest, DeleteItemResponse> DeleteItem =
        new("DeleteItem", WireRequestWriter.Write, WireResponseReader.ReadDeleteItem, DeleteItemResponseUnmarshaller.Instance);

    /// <summary>TransactWriteItems.</summary>
    public static readonly WireOperation<TransactWriteItemsRequest, TransactWriteItemsResponse> TransactWriteItems =
        new("TransactWriteItems", WireRequestWriter.Write, WireResponseReader.ReadTransactWriteItems, TransactWriteItemsResponseUnmarshaller.Instance);

    /// <summary>BatchWriteItem.</summary>
    public static readonly WireOperation<BatchWriteItemRequest, BatchWriteItemResponse> BatchWriteItem =
        new("BatchWriteItem", WireRequestWriter.Write, WireResponseReader.ReadBatchWriteItem, BatchWriteItemResponseUnmarshaller.Instance);
}
