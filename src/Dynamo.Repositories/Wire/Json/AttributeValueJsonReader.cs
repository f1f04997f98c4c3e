using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>
/// Reads DynamoDB JSON into <see cref="AttributeValue"/> trees as the SDK's unmarshaller does: every member the JSON
/// has is set (an empty <c>L</c>, <c>M</c> or set is marked as set, so it is sent back as empty), a JSON null member
/// stays unset, numbers stay the service's text, and unknown members are skipped. Each method starts on the value's
/// first token and ends on its last.
/// </summary>
internal static class AttributeValueJsonReader
{
    /// <summary>The capacity that asks <see cref="ReadItem(ref Utf8JsonReader, AttributeNameCache?, int)"/> to count the members first.</summary>
    public const int Unknown = -1;

    /// <summary>Reads a map of attribute values (an item, a key); JSON null gives what the SDK gives.</summary>
    public static Dictionary<string, AttributeValue>? ReadItem(ref Utf8JsonReader reader) => ReadItem(ref reader, null, Unknown);

    /// <summary>
    /// Reads a map of attribute values, its names through <paramref name="names"/> when given, sized for
    /// <paramref name="capacity"/> attributes (the previous item's count on a page) so it does not grow while read;
    /// with <see cref="Unknown"/> its members are counted first, with 0 it starts small (nested maps).
    /// </summary>
    public static Dictionary<string, AttributeValue>? ReadItem(ref Utf8JsonReader reader, AttributeNameCache? names, int capacity)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return JsonReading.NullMap<AttributeValue>();
        }

        JsonReading.ExpectStartObject(ref reader);
        var item = new Dictionary<string, AttributeValue>(capacity == Unknown ? JsonReading.CountMembers(reader) : capacity);
        while (JsonReading.NextProperty(ref reader))
        {
            var name = names is null ? reader.GetString()! : names.Name(ref reader);
            reader.Read();
            item.Add(name, ReadValue(ref reader, names)!);
        }

        return item;
    }

    /// <summary>Reads an array of maps (the items of a page, the keys of a batch), sharing their attribute names.</summary>
    public static List<Dictionary<string, AttributeValue>>? ReadItems(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return JsonReading.NullList<Dictionary<string, AttributeValue>>();
        }

        JsonReading.ExpectStartArray(ref reader);
        var items = new List<Dictionary<string, AttributeValue>>();
        var names = new AttributeNameCache();
        var capacity = Unknown;
        while (JsonReading.NextElement(ref reader))
        {
            var item = ReadItem(ref reader, names, capacity);
            capacity = item?.Count ?? 0;
            items.Add(item!);
        }

        return items;
    }

    /// <summary>Reads one attribute value; JSON null gives null.</summary>
    public static AttributeValue? ReadValue(ref Utf8JsonReader reader, AttributeNameCache? names = null)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        JsonReading.ExpectStartObject(ref reader);
        var value = new AttributeValue();
        while (JsonReading.NextProperty(ref reader))
        {
            ReadMember(ref reader, value, names);
        }

        return value;
    }

    private static void ReadMember(ref Utf8JsonReader reader, AttributeValue value, AttributeNameCache? names)
    {
        if (reader.ValueTextEquals("S"u8))
        {
            reader.Read();
            value.S = JsonReading.GetText(ref reader);
        }
        else if (reader.ValueTextEquals("N"u8))
        {
            reader.Read();
            value.N = JsonReading.GetText(ref reader);
        }
        else if (reader.ValueTextEquals("M"u8))
        {
            reader.Read();
            var present = reader.TokenType != JsonTokenType.Null;
            value.M = ReadItem(ref reader, names, 0);
            if (present && value.M!.Count == 0)
            {
                // An empty collection the service sent stays "set" (sent back as empty), as the SDK's unmarshaller leaves it.
                value.IsMSet = true;
            }
        }
        else if (reader.ValueTextEquals("L"u8))
        {
            reader.Read();
            var present = reader.TokenType != JsonTokenType.Null;
            value.L = ReadList(ref reader, names);
            if (present && value.L!.Count == 0)
            {
                // An empty collection the service sent stays "set" (sent back as empty), as the SDK's unmarshaller leaves it.
                value.IsLSet = true;
            }
        }
        else
        {
            ReadRareMember(ref reader, value);
        }
    }

    private static void ReadRareMember(ref Utf8JsonReader reader, AttributeValue value)
    {
        if (reader.ValueTextEquals("BOOL"u8))
        {
            reader.Read();
            value.BOOL = JsonReading.GetBoolean(ref reader);
        }
        else if (reader.ValueTextEquals("NULL"u8))
        {
            reader.Read();
            value.NULL = JsonReading.GetBoolean(ref reader);
        }
        else if (reader.ValueTextEquals("SS"u8))
        {
            reader.Read();
            var present = reader.TokenType != JsonTokenType.Null;
            value.SS = ReadTexts(ref reader);
            if (present && value.SS!.Count == 0)
            {
                // An empty collection the service sent stays "set" (sent back as empty), as the SDK's unmarshaller leaves it.
                value.IsSSSet = true;
            }
        }
        else if (reader.ValueTextEquals("NS"u8))
        {
            reader.Read();
            var present = reader.TokenType != JsonTokenType.Null;
            value.NS = ReadTexts(ref reader);
            if (present && value.NS!.Count == 0)
            {
                // An empty collection the service sent stays "set" (sent back as empty), as the SDK's unmarshaller leaves it.
                value.IsNSSet = true;
            }
        }
        else if (reader.ValueTextEquals("B"u8))
        {
            value.B = JsonReading.ReadValueIsNull(ref reader) ? null : BinaryJson.Read(ref reader);
        }
        else if (reader.ValueTextEquals("BS"u8))
        {
            reader.Read();
            var present = reader.TokenType != JsonTokenType.Null;
            value.BS = ReadBinaries(ref reader);
            if (present && value.BS!.Count == 0)
            {
                // An empty collection the service sent stays "set" (sent back as empty), as the SDK's unmarshaller leaves it.
                value.IsBSSet = true;
            }
        }
        else
        {
            reader.Skip();
        }
    }

    private static List<AttributeValue>? ReadList(ref Utf8JsonReader reader, AttributeNameCache? names)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return JsonReading.NullList<AttributeValue>();
        }

        JsonReading.ExpectStartArray(ref reader);
        var list = new List<AttributeValue>();
        while (JsonReading.NextElement(ref reader))
        {
            list.Add(ReadValue(ref reader, names)!);
        }

        return list;
    }

    /// <summary>Reads an array of strings (string and number sets).</summary>
    public static List<string>? ReadTexts(ref Utf8JsonReader reader) => JsonReading.ReadList(ref reader, JsonReading.ReadString);

    private static List<MemoryStream>? ReadBinaries(ref Utf8JsonReader reader) => JsonReading.ReadList(ref reader, ReadBinary);

    private static MemoryStream ReadBinary(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null! : BinaryJson.Read(ref reader);
}
