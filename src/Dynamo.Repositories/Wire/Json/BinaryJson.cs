using System.Text.Json;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>Binary attribute values as base64 strings, as the SDK sends them: the stream's whole content, whatever its position.</summary>
internal static class BinaryJson
{
    /// <summary>Writes the stream's content as a base64 string value (a null stream as JSON null, as the SDK does).</summary>
    public static void Write(Utf8JsonWriter writer, MemoryStream? stream)
    {
        if (stream is null)
        {
            writer.WriteNullValue();
        }
        else if (stream.TryGetBuffer(out var buffer))
        {
            writer.WriteBase64StringValue(buffer.AsSpan());
        }
        else
        {
            writer.WriteBase64StringValue(stream.ToArray());
        }
    }

    /// <summary>Reads a base64 string value into a stream shaped as the SDK's (writable, its buffer visible).</summary>
    public static MemoryStream Read(ref Utf8JsonReader reader)
    {
        var bytes = reader.GetBytesFromBase64();
        return new MemoryStream(bytes, 0, bytes.Length, writable: true, publiclyVisible: true);
    }
}
