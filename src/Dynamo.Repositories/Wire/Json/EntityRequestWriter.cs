using System.Text.Json;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>
/// Writes the bodies of entity-level write requests (PutItem, UpdateItem, DeleteItem, TransactWriteItems,
/// BatchWriteItem) straight from <see cref="EntityWrite"/>s: the members <see cref="WireRequestWriter"/> writes for the
/// same request, in the same order, with a Put's item and an Update's values copied from the JSON its entity's writer
/// prepared (or written from their dictionaries when there is none). The equivalence tests pin that the bodies are the
/// ones <see cref="WireRequestWriter"/> writes for the SDK requests of the same writes.
/// </summary>
internal static class EntityRequestWriter
{
    /// <summary>Writes a PutItem request.</summary>
    public static void WritePutItem(Utf8JsonWriter writer, EntityWriteRequest request) => WriteSingle(writer, request, "Item"u8);

    /// <summary>Writes an UpdateItem request.</summary>
    public static void WriteUpdateItem(Utf8JsonWriter writer, EntityWriteRequest request) => WriteSingle(writer, request, "Key"u8);

    /// <summary>Writes a DeleteItem request.</summary>
    public static void WriteDeleteItem(Utf8JsonWriter writer, EntityWriteRequest request) => WriteSingle(writer, request, "Key"u8);

    /// <summary>Writes a TransactWriteItems request.</summary>
    public static void WriteTransactWriteItems(Utf8JsonWriter writer, EntityWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        writer.WriteStartObject();
        JsonWriting.WriteString(writer, "ClientRequestToken"u8, request.ClientRequestToken);
        JsonWriting.WriteConstant(writer, "ReturnConsumedCapacity"u8, request.Capacity);
        writer.WriteStartArray("TransactItems"u8);
        foreach (var write in request.Writes)
        {
            writer.WriteStartObject();
            writer.WriteStartObject(write.Type switch
            {
                WriteActionType.Put => "Put"u8,
                WriteActionType.Update => "Update"u8,
                WriteActionType.Delete => "Delete"u8,
                _ => "ConditionCheck"u8,
            });
            WriteCondition(writer, write);
            WriteTarget(writer, write, write.Type == WriteActionType.Put ? "Item"u8 : "Key"u8);
            JsonWriting.WriteConstant(writer, "ReturnValuesOnConditionCheckFailure"u8, write.OnConditionFailure);
            writer.WriteString("TableName"u8, write.TableName);
            JsonWriting.WriteString(writer, "UpdateExpression"u8, write.UpdateExpression);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        End(writer);
    }

    /// <summary>Writes a BatchWriteItem request of one table.</summary>
    public static void WriteBatchWriteItem(Utf8JsonWriter writer, EntityWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        writer.WriteStartObject();
        writer.WriteStartObject("RequestItems"u8);
        writer.WriteStartArray(request.TableName ?? throw new ArgumentException("A batch names its table.", nameof(request)));
        foreach (var write in request.Writes)
        {
            writer.WriteStartObject();
            var put = write.Type == WriteActionType.Put;
            writer.WriteStartObject(put ? "PutRequest"u8 : "DeleteRequest"u8);
            WriteTarget(writer, write, put ? "Item"u8 : "Key"u8);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        JsonWriting.WriteConstant(writer, "ReturnConsumedCapacity"u8, request.Capacity);
        End(writer);
    }

    // PutItem, UpdateItem and DeleteItem: the members of WireRequestWriter's, in its order.
    private static void WriteSingle(Utf8JsonWriter writer, EntityWriteRequest request, ReadOnlySpan<byte> target)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        var write = request.Writes[0];
        writer.WriteStartObject();
        WriteCondition(writer, write);
        WriteTarget(writer, write, target);
        JsonWriting.WriteConstant(writer, "ReturnConsumedCapacity"u8, request.Capacity);
        JsonWriting.WriteConstant(writer, "ReturnValuesOnConditionCheckFailure"u8, write.OnConditionFailure);
        writer.WriteString("TableName"u8, write.TableName);
        JsonWriting.WriteString(writer, "UpdateExpression"u8, write.UpdateExpression);
        End(writer);
    }

    // The condition, its names and its values (an Update's values from its prepared JSON, when it has some).
    private static void WriteCondition(Utf8JsonWriter writer, EntityWrite write)
    {
        JsonWriting.WriteString(writer, "ConditionExpression"u8, write.ConditionExpression);
        JsonWriting.WriteStringMap(writer, "ExpressionAttributeNames"u8, write.Names);
        if (write.Type == WriteActionType.Update && write.Json is { } values)
        {
            writer.WritePropertyName("ExpressionAttributeValues"u8);
            writer.WriteRawValue(values.Span, skipInputValidation: true);
        }
        else
        {
            AttributeValueJsonWriter.WriteItem(writer, "ExpressionAttributeValues"u8, write.Values);
        }
    }

    // A Put's item (from its prepared JSON, when it has some), or the key of any other write.
    private static void WriteTarget(Utf8JsonWriter writer, EntityWrite write, ReadOnlySpan<byte> name)
    {
        if (write.Type != WriteActionType.Put)
        {
            AttributeValueJsonWriter.WriteItem(writer, name, write.Key);
        }
        else if (write.Json is { } item)
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(item.Span, skipInputValidation: true);
        }
        else
        {
            AttributeValueJsonWriter.WriteItem(writer, name, write.Item);
        }
    }

    private static void End(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.Flush();
    }
}
