using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>Query and Scan requests.</summary>
internal static partial class WireRequestWriter
{
    /// <summary>Writes a Query request.</summary>
    public static void Write(Utf8JsonWriter writer, QueryRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        writer.WriteStartObject();
        WritePageHead(
            writer,
            request.AttributesToGet,
            request.ConditionalOperator,
            request.ConsistentRead,
            request.ExclusiveStartKey,
            request.ExpressionAttributeNames,
            request.ExpressionAttributeValues,
            request.FilterExpression,
            request.IndexName);
        JsonWriting.WriteString(writer, "KeyConditionExpression"u8, request.KeyConditionExpression);
        LegacyConditionJsonWriter.WriteConditions(writer, "KeyConditions"u8, request.KeyConditions);
        JsonWriting.WriteNumber(writer, "Limit"u8, request.Limit);
        JsonWriting.WriteString(writer, "ProjectionExpression"u8, request.ProjectionExpression);
        LegacyConditionJsonWriter.WriteConditions(writer, "QueryFilter"u8, request.QueryFilter);
        JsonWriting.WriteConstant(writer, "ReturnConsumedCapacity"u8, request.ReturnConsumedCapacity);
        JsonWriting.WriteBoolean(writer, "ScanIndexForward"u8, request.ScanIndexForward);
        JsonWriting.WriteConstant(writer, "Select"u8, request.Select);
        JsonWriting.WriteString(writer, "TableName"u8, request.TableName);
        End(writer);
    }

    /// <summary>Writes a Scan request.</summary>
    public static void Write(Utf8JsonWriter writer, ScanRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        writer.WriteStartObject();
        WritePageHead(
            writer,
            request.AttributesToGet,
            request.ConditionalOperator,
            request.ConsistentRead,
            request.ExclusiveStartKey,
            request.ExpressionAttributeNames,
            request.ExpressionAttributeValues,
            request.FilterExpression,
            request.IndexName);
        JsonWriting.WriteNumber(writer, "Limit"u8, request.Limit);
        JsonWriting.WriteString(writer, "ProjectionExpression"u8, request.ProjectionExpression);
        JsonWriting.WriteConstant(writer, "ReturnConsumedCapacity"u8, request.ReturnConsumedCapacity);
        LegacyConditionJsonWriter.WriteConditions(writer, "ScanFilter"u8, request.ScanFilter);
        JsonWriting.WriteNumber(writer, "Segment"u8, request.Segment);
        JsonWriting.WriteConstant(writer, "Select"u8, request.Select);
        JsonWriting.WriteString(writer, "TableName"u8, request.TableName);
        JsonWriting.WriteNumber(writer, "TotalSegments"u8, request.TotalSegments);
        End(writer);
    }

    // The members Query and Scan share, up to the first that differs in the SDK's order.
    private static void WritePageHead(
        Utf8JsonWriter writer,
        List<string>? attributesToGet,
        ConditionalOperator? conditionalOperator,
        bool? consistentRead,
        Dictionary<string, AttributeValue>? exclusiveStartKey,
        Dictionary<string, string>? names,
        Dictionary<string, AttributeValue>? values,
        string? filter,
        string? indexName)
    {
        JsonWriting.WriteStrings(writer, "AttributesToGet"u8, attributesToGet);
        JsonWriting.WriteConstant(writer, "ConditionalOperator"u8, conditionalOperator);
        JsonWriting.WriteBoolean(writer, "ConsistentRead"u8, consistentRead);
        AttributeValueJsonWriter.WriteItem(writer, "ExclusiveStartKey"u8, exclusiveStartKey);
        JsonWriting.WriteStringMap(writer, "ExpressionAttributeNames"u8, names);
        AttributeValueJsonWriter.WriteItem(writer, "ExpressionAttributeValues"u8, values);
        JsonWriting.WriteString(writer, "FilterExpression"u8, filter);
        JsonWriting.WriteString(writer, "IndexName"u8, indexName);
    }
}
