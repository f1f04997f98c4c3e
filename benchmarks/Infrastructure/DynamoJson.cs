using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>Writes DynamoDB JSON (for the canned responses) and canonicalizes it (for comparing requests).</summary>
public static class DynamoJson
{
    public static void WriteItem(Utf8JsonWriter writer, Dictionary<string, AttributeValue> item)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in item)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, AttributeValue value)
    {
        writer.WriteStartObject();
        if (value.S is not null)
        {
            writer.WriteString("S", value.S);
        }
        else if (value.N is not null)
        {
            writer.WriteString("N", value.N);
        }
        else if (value.BOOL is { } b)
        {
            writer.WriteBoolean("BOOL", b);
        }
        else if (value.NULL == true)
        {
            writer.WriteBoolean("NULL", true);
        }
        else if (value.B is not null)
        {
            writer.WriteBase64String("B", value.B.ToArray());
        }
        else if (value.L is not null)
        {
            writer.WriteStartArray("L");
            foreach (var element in value.L)
            {
                WriteValue(writer, element);
            }

            writer.WriteEndArray();
        }
        else if (value.M is not null)
        {
            writer.WritePropertyName("M");
            WriteItem(writer, value.M);
        }
        else if (value.SS is not null)
        {
            WriteStrings(writer, "SS", value.SS);
        }
        else if (value.NS is not null)
        {
            WriteStrings(writer, "NS", value.NS);
        }
        else
        {
            throw new InvalidOperationException("Unsupported attribute value in canned data.");
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Renders a JSON element with object members sorted by name and set members (SS, NS, BS) sorted, so that two
    /// requests carrying the same data in another order compare equal.
    /// </summary>
    public static string Canonical(JsonElement element)
    {
        var builder = new StringBuilder();
        AppendCanonical(builder, element, sortArray: false);
        return builder.ToString();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, List<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void AppendCanonical(StringBuilder builder, JsonElement element, bool sortArray)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    builder.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    first = false;
                    AppendCanonical(builder, property.Value, property.Name is "SS" or "NS" or "BS");
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                var parts = element.EnumerateArray().Select(e => Canonical(e));
                if (sortArray)
                {
                    parts = parts.Order(StringComparer.Ordinal);
                }

                builder.Append('[').AppendJoin(',', parts).Append(']');
                break;
            default:
                builder.Append(element.GetRawText());
                break;
        }
    }
}
