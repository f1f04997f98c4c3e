using System.Buffers;
using System.Collections;
using System.Reflection;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// Writes any SDK response object as the DynamoDB JSON the service would send for it (its public members by name,
/// null members left out), so a response of the in-memory executor can be read back through both unmarshallers.
/// </summary>
internal static class ModelJson
{
    private static readonly HashSet<string> Transport = ["ResponseMetadata", "ContentLength", "HttpStatusCode"];

    public static byte[] Write(object response)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteValue(writer, response);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case AttributeValue attribute:
                AttributeValueJsonWriter.WriteValue(writer, attribute);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case ConstantClass constant:
                writer.WriteStringValue(constant.Value);
                break;
            case IDictionary map:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    writer.WritePropertyName((string)entry.Key);
                    WriteValue(writer, entry.Value!);
                }

                writer.WriteEndObject();
                break;
            case IList list:
                writer.WriteStartArray();
                foreach (var element in list)
                {
                    WriteValue(writer, element!);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.Name.StartsWith("Is", StringComparison.Ordinal) || Transport.Contains(property.Name) || property.GetValue(value) is not { } member)
                    {
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    WriteValue(writer, member);
                }

                writer.WriteEndObject();
                break;
        }
    }
}
