using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>The actions inside a TransactWriteItems (condition check, put, update, delete) and a BatchWriteItem (put, delete).</summary>
internal static class TransactItemJsonWriter
{
    /// <summary>Writes one transaction action (a null action as an empty object, as the SDK does).</summary>
    public static void Write(Utf8JsonWriter writer, TransactWriteItem? item)
    {
        writer.WriteStartObject();
        if (item?.ConditionCheck is { } check)
        {
            WriteAction(writer, "ConditionCheck"u8, check.ConditionExpression, check.ExpressionAttributeNames, check.ExpressionAttributeValues, "Key"u8, check.Key, check.ReturnValuesOnConditionCheckFailure, check.TableName, null);
        }

        if (item?.Delete is { } delete)
        {
            WriteAction(writer, "Delete"u8, delete.ConditionExpression, delete.ExpressionAttributeNames, delete.ExpressionAttributeValues, "Key"u8, delete.Key, delete.ReturnValuesOnConditionCheckFailure, delete.TableName, null);
        }

        if (item?.Put is { } put)
        {
            WriteAction(writer, "Put"u8, put.ConditionExpression, put.ExpressionAttributeNames, put.ExpressionAttributeValues, "Item"u8, put.Item, put.ReturnValuesOnConditionCheckFailure, put.TableName, null);
        }

        if (item?.Update is { } update)
        {
            WriteAction(writer, "Update"u8, update.ConditionExpression, update.ExpressionAttributeNames, update.ExpressionAttributeValues, "Key"u8, update.Key, update.ReturnValuesOnConditionCheckFailure, update.TableName, update.UpdateExpression);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one write of a BatchWriteItem (a null write as an empty object, as the SDK does).</summary>
    public static void WriteBatchWrite(Utf8JsonWriter writer, WriteRequest? write)
    {
        writer.WriteStartObject();
        if (write?.DeleteRequest is { } delete)
        {
            writer.WriteStartObject("DeleteRequest"u8);
            AttributeValueJsonWriter.WriteItem(writer, "Key"u8, delete.Key);
            writer.WriteEndObject();
        }

        if (write?.PutRequest is { } put)
        {
            writer.WriteStartObject("PutRequest"u8);
            AttributeValueJsonWriter.WriteItem(writer, "Item"u8, put.Item);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    // The four actions share their members (the SDK gives them no common type), in the SDK's order.
    private static void WriteAction(
        Utf8JsonWriter writer,
        ReadOnlySpan<byte> action,
        string? condition,
        Dictionary<string, string>? names,
        Dictionary<string, AttributeValue>? values,
        ReadOnlySpan<byte> itemName,
        Dictionary<string, AttributeValue>? item,
        ReturnValuesOnConditionCheckFailure? onFailure,
        string? tableName,
        string? updateExpression)
    {
        writer.WriteStartObject(action);
        JsonWriting.WriteString(writer, "ConditionExpression"u8, condition);
        JsonWriting.WriteStringMap(writer, "ExpressionAttributeNames"u8, names);
        AttributeValueJsonWriter.WriteItem(writer, "ExpressionAttributeValues"u8, values);
        AttributeValueJsonWriter.WriteItem(writer, itemName, item);
        JsonWriting.WriteConstant(writer, "ReturnValuesOnConditionCheckFailure"u8, onFailure);
        JsonWriting.WriteString(writer, "TableName"u8, tableName);
        JsonWriting.WriteString(writer, "UpdateExpression"u8, updateExpression);
        writer.WriteEndObject();
    }
}
