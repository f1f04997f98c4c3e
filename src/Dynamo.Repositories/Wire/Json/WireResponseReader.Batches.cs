using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>The multi-item operations: BatchGetItem, BatchWriteItem, TransactWriteItems.</summary>
internal static partial class WireResponseReader
{
    /// <summary>Reads a BatchGetItem response.</summary>
    public static BatchGetItemResponse ReadBatchGetItem(ReadOnlySpan<byte> json)
    {
        var response = new BatchGetItemResponse();
        var reader = Start(json);
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "Responses"u8))
            {
                response.Responses = JsonReading.ReadMap(ref reader, AttributeValueJsonReader.ReadItems!);
            }
            else if (JsonReading.Member(ref reader, "UnprocessedKeys"u8))
            {
                response.UnprocessedKeys = JsonReading.ReadMap(ref reader, BatchItemsJsonReader.ReadKeysAndAttributes);
            }
            else if (JsonReading.Member(ref reader, "ConsumedCapacity"u8))
            {
                response.ConsumedCapacity = CapacityJsonReader.ReadConsumedList(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return response;
    }

    /// <summary>Reads a BatchWriteItem response.</summary>
    public static BatchWriteItemResponse ReadBatchWriteItem(ReadOnlySpan<byte> json)
    {
        var response = new BatchWriteItemResponse();
        var reader = Start(json);
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "UnprocessedItems"u8))
            {
                response.UnprocessedItems = JsonReading.ReadMap(ref reader, BatchItemsJsonReader.ReadWriteRequests);
            }
            else if (JsonReading.Member(ref reader, "ItemCollectionMetrics"u8))
            {
                response.ItemCollectionMetrics = ItemCollectionMetricsJsonReader.ReadPerTable(ref reader);
            }
            else if (JsonReading.Member(ref reader, "ConsumedCapacity"u8))
            {
                response.ConsumedCapacity = CapacityJsonReader.ReadConsumedList(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return response;
    }

    /// <summary>Reads a TransactWriteItems response.</summary>
    public static TransactWriteItemsResponse ReadTransactWriteItems(ReadOnlySpan<byte> json)
    {
        var response = new TransactWriteItemsResponse();
        var reader = Start(json);
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "ItemCollectionMetrics"u8))
            {
                response.ItemCollectionMetrics = ItemCollectionMetricsJsonReader.ReadPerTable(ref reader);
            }
            else if (JsonReading.Member(ref reader, "ConsumedCapacity"u8))
            {
                response.ConsumedCapacity = CapacityJsonReader.ReadConsumedList(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return response;
    }
}
