using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>
/// Writes DynamoDB request bodies (AWS JSON 1.0) from the SDK's request objects, member for member as the SDK's
/// marshallers do: every member the SDK model has, in the same order, under the same "is it set" rules, so the bytes
/// parse to the same JSON tree as the SDK's (the equivalence tests pin it). Each method writes one whole object and
/// flushes the writer; buffers are the caller's.
/// </summary>
internal static partial class WireRequestWriter
{
    /// <summary>Writes a GetItem request.</summary>
    public static void Write(Utf8JsonWriter writer, GetItemRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        writer.WriteStartObject();
        JsonWriting.WriteStrings(writer, "AttributesToGet"u8, request.AttributesToGet);
        JsonWriting.WriteBoolean(writer, "ConsistentRead"u8, request.ConsistentRead);
        JsonWriting.WriteStringMap(writer, "ExpressionAttributeNames"u8, request.ExpressionAttributeNames);
        AttributeValueJsonWriter.WriteItem(writer, "Key"u8, request.Key);
        JsonWriting.WriteString(writer, "ProjectionExpression"u8, request.ProjectionExpression);
        JsonWriting.WriteConstant(writer, "ReturnConsumedCapacity"u8, request.ReturnConsumedCapacity);
        JsonWriting.WriteString(writer, "TableName"u8, request.TableName);
        End(writer);
    }

    private static void End(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.Flush();
    }
}
