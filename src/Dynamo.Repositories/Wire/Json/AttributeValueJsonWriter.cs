using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>
/// Writes <see cref="AttributeValue"/> trees as DynamoDB JSON, member for member as the SDK's marshaller does: the
/// members in the same order, collections by the public <c>Is*Set</c> flags (so an empty <c>L</c> or <c>M</c> the
/// caller marked as set is sent, and one left unset is not), numbers as the caller's text, binaries as base64, and a
/// null value as an empty object.
/// </summary>
internal static class AttributeValueJsonWriter
{
    /// <summary>Writes a map member (an item, a key, expression values) when the SDK would send it.</summary>
    public static void WriteItem(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Dictionary<string, AttributeValue>? item)
    {
        if (JsonWriting.IsSent(item))
        {
            writer.WritePropertyName(name);
            WriteItem(writer, item!);
        }
    }

    /// <summary>Writes a map of attribute values as a JSON object.</summary>
    public static void WriteItem(Utf8JsonWriter writer, Dictionary<string, AttributeValue> item)
    {
        writer.WriteStartObject();
        foreach (var pair in item)
        {
            writer.WritePropertyName(pair.Key);
            WriteValue(writer, pair.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a list of maps (the keys of a BatchGetItem) as a JSON array.</summary>
    public static void WriteItems(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<Dictionary<string, AttributeValue>>? items)
    {
        if (!JsonWriting.IsSent(items))
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items!)
        {
            WriteItem(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of attribute values as a JSON array (legacy comparison operands).</summary>
    public static void WriteValues(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<AttributeValue>? values)
    {
        if (!JsonWriting.IsSent(values))
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values!)
        {
            WriteValue(writer, value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one attribute value as a JSON object.</summary>
    public static void WriteValue(Utf8JsonWriter writer, AttributeValue? value)
    {
        writer.WriteStartObject();
        if (value is not null)
        {
            WriteMembers(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteMembers(Utf8JsonWriter writer, AttributeValue value)
    {
        if (value.B is { } binary)
        {
            writer.WritePropertyName("B"u8);
            BinaryJson.Write(writer, binary);
        }

        JsonWriting.WriteBoolean(writer, "BOOL"u8, value.BOOL);
        if (value.IsBSSet)
        {
            writer.WriteStartArray("BS"u8);
            foreach (var element in value.BS)
            {
                BinaryJson.Write(writer, element);
            }

            writer.WriteEndArray();
        }

        if (value.IsLSet)
        {
            writer.WriteStartArray("L"u8);
            foreach (var element in value.L)
            {
                WriteValue(writer, element);
            }

            writer.WriteEndArray();
        }

        if (value.IsMSet)
        {
            writer.WritePropertyName("M"u8);
            WriteItem(writer, value.M);
        }

        JsonWriting.WriteString(writer, "N"u8, value.N);
        if (value.IsNSSet)
        {
            WriteTexts(writer, "NS"u8, value.NS);
        }

        JsonWriting.WriteBoolean(writer, "NULL"u8, value.NULL);
        JsonWriting.WriteString(writer, "S"u8, value.S);
        if (value.IsSSSet)
        {
            WriteTexts(writer, "SS"u8, value.SS);
        }
    }

    private static void WriteTexts(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
