using System.Text.Json;
using Amazon;
using Amazon.Runtime;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>
/// The SDK marshallers' rules for optional members, in one place: a collection is sent when it is not null and either
/// has elements or <see cref="AWSConfigs.InitializeCollections"/> is off (an empty collection the caller assigned is
/// then a deliberate "send empty"); an enum-like constant is sent when not null.
/// </summary>
internal static class JsonWriting
{
    /// <summary>Whether the SDK would send this collection.</summary>
    public static bool IsSent<T>(ICollection<T>? collection) =>
        collection is not null && (collection.Count > 0 || !AWSConfigs.InitializeCollections);

    /// <summary>Writes a string member when it is not null.</summary>
    public static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes an enum-like SDK constant by its value when it is not null.</summary>
    public static void WriteConstant(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ConstantClass? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value.Value);
        }
    }

    /// <summary>Writes a nullable Boolean member when it has a value.</summary>
    public static void WriteBoolean(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    /// <summary>Writes a nullable integer member when it has a value.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes a list of strings when the SDK would send it.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<string>? values)
    {
        if (!IsSent(values))
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values!)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a string-to-string map (expression attribute names) when the SDK would send it.</summary>
    public static void WriteStringMap(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Dictionary<string, string>? values)
    {
        if (!IsSent(values))
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var pair in values!)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
    }
}
