using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata.Converters;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// The members a compiled entity JSON writer writes: <c>"name":{"S":"..."}</c> and its kin, each formatted exactly as
/// the built-in converter formats its attribute value (the equivalence tests pin it), straight into the writer. Each
/// returns the attribute's share of the item's size bound (name and value), as <see cref="ItemSizeEstimator"/> bounds it.
/// </summary>
internal static class EntityJsonMembers
{
    // Longer than any number, date or Guid formatted here (a decimal takes at most 31 characters, a double 24).
    private const int ScratchBytes = 64;

    /// <summary>A string as S.</summary>
    public static long String(Utf8JsonWriter writer, JsonEncodedText name, long nameBound, string value)
    {
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteString("S"u8, value);
        writer.WriteEndObject();
        return nameBound + ItemSizeEstimator.TextBound(value.Length);
    }

    /// <summary>A number as N, formatted as <see cref="NumberConverter{T}"/> formats it (and refused where it refuses it).</summary>
    public static long Number<T>(Utf8JsonWriter writer, JsonEncodedText name, long nameBound, T value)
        where T : struct, INumberBase<T>
    {
        var floating = typeof(T) == typeof(double) || typeof(T) == typeof(float);
        if (floating)
        {
            NumberConverter<T>.CheckStorable(double.CreateTruncating(value));
        }

        Span<byte> text = stackalloc byte[ScratchBytes];
        if (!value.TryFormat(text, out var length, floating ? "R" : default, CultureInfo.InvariantCulture))
        {
            return Text(writer, name, nameBound, "N"u8, value.ToString(floating ? "R" : null, CultureInfo.InvariantCulture));
        }

        Write(writer, name, "N"u8, text[..length]);
        return nameBound + NumberBound(length);
    }

    /// <summary>A DateTime as S, as <see cref="DateTimeConverter"/> formats it (UTC, "O").</summary>
    public static long DateTime(Utf8JsonWriter writer, JsonEncodedText name, long nameBound, DateTime value)
    {
        Span<byte> text = stackalloc byte[ScratchBytes];
        var utc = DateTimeConverter.ToUtc(value);
        if (!utc.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture))
        {
            return Text(writer, name, nameBound, "S"u8, DateTimeConverter.Format(value));
        }

        Write(writer, name, "S"u8, text[..length]);
        return nameBound + ItemSizeEstimator.TextBound(length);
    }

    /// <summary>A Guid as S, as <see cref="GuidConverter"/> formats it ("D").</summary>
    public static long Guid(Utf8JsonWriter writer, JsonEncodedText name, long nameBound, Guid value)
    {
        Span<byte> text = stackalloc byte[ScratchBytes];
        _ = value.TryFormat(text, out var length, "D");
        Write(writer, name, "S"u8, text[..length]);
        return nameBound + ItemSizeEstimator.TextBound(length);
    }

    /// <summary>A bool as BOOL.</summary>
    public static long Boolean(Utf8JsonWriter writer, JsonEncodedText name, long nameBound, bool value)
    {
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteBoolean("BOOL"u8, value);
        writer.WriteEndObject();
        return nameBound + 1;
    }

    /// <summary>An enum as S holding its member name, as <see cref="EnumConverter{TEnum}"/> writes it.</summary>
    public static long Enum<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, long nameBound, TEnum value)
        where TEnum : struct, Enum =>
        String(writer, name, nameBound, System.Enum.GetName(value) ?? value.ToString());

    /// <summary>A byte array as B (base64).</summary>
    public static long Binary(Utf8JsonWriter writer, JsonEncodedText name, long nameBound, byte[] value)
    {
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteBase64String("B"u8, value);
        writer.WriteEndObject();
        return nameBound + value.Length;
    }

    /// <summary>A list of strings as L (a null element as NULL), as the built-in list converter writes it.</summary>
    public static long Strings(Utf8JsonWriter writer, JsonEncodedText name, long nameBound, List<string> value)
    {
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteStartArray("L"u8);
        long size = 3;
        foreach (var text in value)
        {
            writer.WriteStartObject();
            if (text is null)
            {
                writer.WriteBoolean("NULL"u8, true);
                size += 2;
            }
            else
            {
                writer.WriteString("S"u8, text);
                size += ItemSizeEstimator.TextBound(text.Length) + 1;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return nameBound + size;
    }

    /// <summary>
    /// A set of strings as SS, as the built-in set converter writes it: nothing for an empty set (returns -1), and the
    /// converter's own error for a null element (it is called to raise it).
    /// </summary>
    public static long StringSet(Utf8JsonWriter writer, JsonEncodedText name, long nameBound, HashSet<string> value, AttributeConverter<HashSet<string>> converter)
    {
        if (value.Count == 0)
        {
            return -1;
        }

        if (value.Contains(null!))
        {
            converter.Write(value);
        }

        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteStartArray("SS"u8);
        var size = nameBound;
        foreach (var text in value)
        {
            writer.WriteStringValue(text);
            size += ItemSizeEstimator.TextBound(text.Length);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return size;
    }

    /// <summary>An attribute value its converter made (any other mapping), written as the request writer writes it.</summary>
    public static long Converted(Utf8JsonWriter writer, JsonEncodedText name, long nameBound, AttributeValue value)
    {
        writer.WritePropertyName(name);
        AttributeValueJsonWriter.WriteValue(writer, value);
        return nameBound + ItemSizeEstimator.WrittenBound(value);
    }

    /// <summary>The bound of an attribute not written (a key of an update, which the request carries in its Key).</summary>
    public static long Unwritten(long nameBound, AttributeValue value) => nameBound + ItemSizeEstimator.WrittenBound(value);

    // As ItemSizeEstimator bounds a number: one byte per two characters, plus one.
    private static long NumberBound(int length) => ((Math.Max(length, 1) + 1) / 2) + 1;

    private static long Text(Utf8JsonWriter writer, JsonEncodedText name, long nameBound, ReadOnlySpan<byte> type, string text)
    {
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteString(type, text);
        writer.WriteEndObject();
        return nameBound + (type[0] == (byte)'N' ? NumberBound(text.Length) : ItemSizeEstimator.TextBound(text.Length));
    }

    private static void Write(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<byte> type, ReadOnlySpan<byte> utf8)
    {
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteString(type, utf8);
        writer.WriteEndObject();
    }
}
