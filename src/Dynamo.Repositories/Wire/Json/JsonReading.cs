using System.Globalization;
using System.Text.Json;
using Amazon;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>
/// Token-level helpers shared by the response readers, with the SDK unmarshallers' conventions: a JSON null member
/// gives null (an empty collection when <see cref="AWSConfigs.InitializeCollections"/> is on), numbers may come as
/// numbers or as strings, and anything unexpected is a <see cref="JsonException"/> naming what was expected.
/// </summary>
internal static class JsonReading
{
    /// <summary>Reads the first token and checks that the document is an object.</summary>
    public static void ReadStartObject(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "a JSON object");
        }
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw Unexpected(ref reader, "a property name"),
        };
    }

    /// <summary>On a property name: when it is <paramref name="name"/>, moves to its value and returns true.</summary>
    public static bool Member(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.ValueTextEquals(name))
        {
            return false;
        }

        reader.Read();
        return true;
    }

    /// <summary>Reads an array whose elements <paramref name="read"/> reads; JSON null gives what the SDK gives.</summary>
    public static List<T>? ReadList<T>(ref Utf8JsonReader reader, JsonValueReader<T> read)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return NullList<T>();
        }

        ExpectStartArray(ref reader);
        var list = new List<T>();
        while (NextElement(ref reader))
        {
            list.Add(read(ref reader));
        }

        return list;
    }

    /// <summary>Reads an object whose member values <paramref name="read"/> reads; JSON null gives what the SDK gives.</summary>
    public static Dictionary<string, T>? ReadMap<T>(ref Utf8JsonReader reader, JsonValueReader<T> read)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return NullMap<T>();
        }

        ExpectStartObject(ref reader);
        var map = new Dictionary<string, T>();
        while (NextProperty(ref reader))
        {
            var key = reader.GetString()!;
            reader.Read();
            map.Add(key, read(ref reader));
        }

        return map;
    }

    /// <summary>
    /// Counts the members of the object the reader is on, on a copy of the reader (one pass over its tokens), so a
    /// dictionary can be created at its final size instead of growing three or four times.
    /// </summary>
    public static int CountMembers(Utf8JsonReader probe)
    {
        var count = 0;
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            count++;
            probe.Skip();
        }

        return count;
    }

    /// <summary>Moves past the property name to its value and tells whether that value is JSON null.</summary>
    public static bool ReadValueIsNull(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null;
    }

    /// <summary>Moves to the next element of the current array; false at its end.</summary>
    public static bool NextElement(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Reads the current value as a string (a JSON null as null, a number as its text).</summary>
    public static string? GetText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        _ => throw Unexpected(ref reader, "a string"),
    };

    /// <summary>Reads the current value as a string, for lists and maps of strings (the SDK's element reader).</summary>
    public static string ReadString(ref Utf8JsonReader reader) => GetText(ref reader)!;

    /// <summary>Reads the current value as a nullable integer.</summary>
    public static int? GetInt32(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetInt32(),
        JsonTokenType.Null => null,
        JsonTokenType.String => int.Parse(reader.GetString()!, CultureInfo.InvariantCulture),
        _ => throw Unexpected(ref reader, "an integer"),
    };

    /// <summary>Reads the current value as a nullable double.</summary>
    public static double? GetDouble(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetDouble(),
        JsonTokenType.Null => null,
        JsonTokenType.String => double.Parse(reader.GetString()!, CultureInfo.InvariantCulture),
        _ => throw Unexpected(ref reader, "a number"),
    };

    /// <summary>Reads the current value as a nullable Boolean.</summary>
    public static bool? GetBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.ValueSpan.IsEmpty ? null : bool.Parse(reader.GetString()!),
        _ => throw Unexpected(ref reader, "a Boolean"),
    };

    /// <summary>What the SDK gives for a collection member that is JSON null.</summary>
    public static List<T>? NullList<T>() => AWSConfigs.InitializeCollections ? [] : null;

    /// <summary>What the SDK gives for a map member that is JSON null.</summary>
    public static Dictionary<string, T>? NullMap<T>() => AWSConfigs.InitializeCollections ? [] : null;

    /// <summary>Checks that the current token opens an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "a JSON object");
        }
    }

    /// <summary>Checks that the current token opens an array.</summary>
    public static void ExpectStartArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "a JSON array");
        }
    }

    /// <summary>The error for a token the DynamoDB protocol does not put here.</summary>
    public static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"A DynamoDB response has {reader.TokenType} where {expected} was expected (byte {reader.TokenStartIndex.ToString(CultureInfo.InvariantCulture)}).");
}
