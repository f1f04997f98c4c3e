using System.Globalization;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>The multi-item operations: BatchGetItem, BatchWriteItem, TransactWriteItems.</summary>
internal static partial class WireRequestWriter
{
    /// <summary>Writes a BatchGetItem request.</summary>
    public static void Write(Utf8JsonWriter writer, BatchGetItemRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        writer.WriteStartObject();
        if (JsonWriting.IsSent(request.RequestItems))
        {
            writer.WriteStartObject("RequestItems"u8);
            foreach (var table in request.RequestItems)
            {
                writer.WriteStartObject(table.Key);
                if (table.Value is { } keys)
                {
                    JsonWriting.WriteStrings(writer, "AttributesToGet"u8, keys.AttributesToGet);
                    JsonWriting.WriteBoolean(writer, "ConsistentRead"u8, keys.ConsistentRead);
                    JsonWriting.WriteStringMap(writer, "ExpressionAttributeNames"u8, keys.ExpressionAttributeNames);
                    AttributeValueJsonWriter.WriteItems(writer, "Keys"u8, keys.Keys);
                    JsonWriting.WriteString(writer, "ProjectionExpression"u8, keys.ProjectionExpression);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        JsonWriting.WriteConstant(writer, "ReturnConsumedCapacity"u8, request.ReturnConsumedCapacity);
        End(writer);
    }

    /// <summary>Writes a BatchWriteItem request.</summary>
    public static void Write(Utf8JsonWriter writer, BatchWriteItemRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        writer.WriteStartObject();
        if (JsonWriting.IsSent(request.RequestItems))
        {
            writer.WriteStartObject("RequestItems"u8);
            foreach (var table in request.RequestItems)
            {
                writer.WriteStartArray(table.Key);
                foreach (var write in table.Value)
                {
                    TransactItemJsonWriter.WriteBatchWrite(writer, write);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        JsonWriting.WriteConstant(writer, "ReturnConsumedCapacity"u8, request.ReturnConsumedCapacity);
        JsonWriting.WriteConstant(writer, "ReturnItemCollectionMetrics"u8, request.ReturnItemCollectionMetrics);
        End(writer);
    }

    /// <summary>
    /// Writes a TransactWriteItems request. With no client request token the SDK makes one up; here it is made up once
    /// and kept on the request, so a body written again for a retry carries the same token (the write stays idempotent).
    /// </summary>
    public static void Write(Utf8JsonWriter writer, TransactWriteItemsRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        request.ClientRequestToken ??= Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture);
        writer.WriteStartObject();
        writer.WriteString("ClientRequestToken"u8, request.ClientRequestToken);
        JsonWriting.WriteConstant(writer, "ReturnConsumedCapacity"u8, request.ReturnConsumedCapacity);
        JsonWriting.WriteConstant(writer, "ReturnItemCollectionMetrics"u8, request.ReturnItemCollectionMetrics);
        if (JsonWriting.IsSent(request.TransactItems))
        {
            writer.WriteStartArray("TransactItems"u8);
            foreach (var item in request.TransactItems)
            {
                TransactItemJsonWriter.Write(writer, item);
            }

            writer.WriteEndArray();
        }

        End(writer);
    }
}
