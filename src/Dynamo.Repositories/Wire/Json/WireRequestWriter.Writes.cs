using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>The single-item writes: PutItem, UpdateItem, DeleteItem.</summary>
internal static partial class WireRequestWriter
{
    /// <summary>Writes a PutItem request.</summary>
    public static void Write(Utf8JsonWriter writer, PutItemRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        writer.WriteStartObject();
        WriteCondition(writer, request.ConditionExpression, request.ConditionalOperator, request.Expected, request.ExpressionAttributeNames, request.ExpressionAttributeValues);
        AttributeValueJsonWriter.WriteItem(writer, "Item"u8, request.Item);
        WriteReturns(writer, request.ReturnConsumedCapacity, request.ReturnItemCollectionMetrics, request.ReturnValues, request.ReturnValuesOnConditionCheckFailure);
        JsonWriting.WriteString(writer, "TableName"u8, request.TableName);
        End(writer);
    }

    /// <summary>Writes an UpdateItem request.</summary>
    public static void Write(Utf8JsonWriter writer, UpdateItemRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        writer.WriteStartObject();
        LegacyConditionJsonWriter.WriteAttributeUpdates(writer, request.AttributeUpdates);
        WriteCondition(writer, request.ConditionExpression, request.ConditionalOperator, request.Expected, request.ExpressionAttributeNames, request.ExpressionAttributeValues);
        AttributeValueJsonWriter.WriteItem(writer, "Key"u8, request.Key);
        WriteReturns(writer, request.ReturnConsumedCapacity, request.ReturnItemCollectionMetrics, request.ReturnValues, request.ReturnValuesOnConditionCheckFailure);
        JsonWriting.WriteString(writer, "TableName"u8, request.TableName);
        JsonWriting.WriteString(writer, "UpdateExpression"u8, request.UpdateExpression);
        End(writer);
    }

    /// <summary>Writes a DeleteItem request.</summary>
    public static void Write(Utf8JsonWriter writer, DeleteItemRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        writer.WriteStartObject();
        WriteCondition(writer, request.ConditionExpression, request.ConditionalOperator, request.Expected, request.ExpressionAttributeNames, request.ExpressionAttributeValues);
        AttributeValueJsonWriter.WriteItem(writer, "Key"u8, request.Key);
        WriteReturns(writer, request.ReturnConsumedCapacity, request.ReturnItemCollectionMetrics, request.ReturnValues, request.ReturnValuesOnConditionCheckFailure);
        JsonWriting.WriteString(writer, "TableName"u8, request.TableName);
        End(writer);
    }

    private static void WriteCondition(
        Utf8JsonWriter writer,
        string? condition,
        ConditionalOperator? conditionalOperator,
        Dictionary<string, ExpectedAttributeValue>? expected,
        Dictionary<string, string>? names,
        Dictionary<string, AttributeValue>? values)
    {
        JsonWriting.WriteString(writer, "ConditionExpression"u8, condition);
        JsonWriting.WriteConstant(writer, "ConditionalOperator"u8, conditionalOperator);
        LegacyConditionJsonWriter.WriteExpected(writer, expected);
        JsonWriting.WriteStringMap(writer, "ExpressionAttributeNames"u8, names);
        AttributeValueJsonWriter.WriteItem(writer, "ExpressionAttributeValues"u8, values);
    }

    private static void WriteReturns(
        Utf8JsonWriter writer,
        ReturnConsumedCapacity? capacity,
        ReturnItemCollectionMetrics? metrics,
        ReturnValue? values,
        ReturnValuesOnConditionCheckFailure? onFailure)
    {
        JsonWriting.WriteConstant(writer, "ReturnConsumedCapacity"u8, capacity);
        JsonWriting.WriteConstant(writer, "ReturnItemCollectionMetrics"u8, metrics);
        JsonWriting.WriteConstant(writer, "ReturnValues"u8, values);
        JsonWriting.WriteConstant(writer, "ReturnValuesOnConditionCheckFailure"u8, onFailure);
    }
}
