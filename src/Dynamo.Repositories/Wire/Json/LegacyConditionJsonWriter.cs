using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>
/// The SDK's legacy condition parameters (<c>KeyConditions</c>, <c>QueryFilter</c>, <c>ScanFilter</c>, <c>Expected</c>,
/// <c>AttributeUpdates</c>). The library never sets them, but a request that carries them is written whole, as the SDK
/// would, rather than losing a condition on the way.
/// </summary>
internal static class LegacyConditionJsonWriter
{
    /// <summary>Writes a map of attribute names to comparison conditions.</summary>
    public static void WriteConditions(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Dictionary<string, Condition>? conditions)
    {
        if (!JsonWriting.IsSent(conditions))
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var pair in conditions!)
        {
            writer.WriteStartObject(pair.Key);
            if (pair.Value is { } condition)
            {
                AttributeValueJsonWriter.WriteValues(writer, "AttributeValueList"u8, condition.AttributeValueList);
                JsonWriting.WriteConstant(writer, "ComparisonOperator"u8, condition.ComparisonOperator);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the legacy <c>Expected</c> map of a conditional write.</summary>
    public static void WriteExpected(Utf8JsonWriter writer, Dictionary<string, ExpectedAttributeValue>? expected)
    {
        if (!JsonWriting.IsSent(expected))
        {
            return;
        }

        writer.WriteStartObject("Expected"u8);
        foreach (var pair in expected!)
        {
            writer.WriteStartObject(pair.Key);
            if (pair.Value is { } value)
            {
                AttributeValueJsonWriter.WriteValues(writer, "AttributeValueList"u8, value.AttributeValueList);
                JsonWriting.WriteConstant(writer, "ComparisonOperator"u8, value.ComparisonOperator);
                JsonWriting.WriteBoolean(writer, "Exists"u8, value.Exists);
                WriteValue(writer, value.Value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the legacy <c>AttributeUpdates</c> map of an UpdateItem.</summary>
    public static void WriteAttributeUpdates(Utf8JsonWriter writer, Dictionary<string, AttributeValueUpdate>? updates)
    {
        if (!JsonWriting.IsSent(updates))
        {
            return;
        }

        writer.WriteStartObject("AttributeUpdates"u8);
        foreach (var pair in updates!)
        {
            writer.WriteStartObject(pair.Key);
            if (pair.Value is { } update)
            {
                JsonWriting.WriteConstant(writer, "Action"u8, update.Action);
                WriteValue(writer, update.Value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, AttributeValue? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName("Value"u8);
            AttributeValueJsonWriter.WriteValue(writer, value);
        }
    }
}
