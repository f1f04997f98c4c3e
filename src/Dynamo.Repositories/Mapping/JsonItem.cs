using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Metadata.Converters;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// One item of a response, located in the response bytes: for each mapped member (a slot), where its attribute value
/// is and of which DynamoDB type, found in one pass over the item with the names matched as UTF-8 (no string per
/// name). The compiled JSON readers then parse scalars straight from the bytes, or read one attribute value for the
/// members whose converter needs it. One per thread and entity type, reloaded per item.
/// </summary>
internal sealed class JsonItem
{
    /// <summary>No attribute.</summary>
    public const byte Missing = 0;

    /// <summary>A string (<c>S</c>).</summary>
    public const byte S = 1;

    /// <summary>A number (<c>N</c>).</summary>
    public const byte N = 2;

    /// <summary>A boolean (<c>BOOL</c>).</summary>
    public const byte Bool = 3;

    /// <summary>The DynamoDB NULL (<c>{"NULL":true}</c>).</summary>
    public const byte Null = 4;

    /// <summary>A string set (<c>SS</c>).</summary>
    public const byte StringSet = 5;

    /// <summary>A list (<c>L</c>).</summary>
    public const byte List = 6;

    /// <summary>Anything else (maps, number and binary sets, binaries, unusual shapes): read as an attribute value.</summary>
    public const byte Other = 7;

    private const int StackChars = 128;
    private const int ReusedLength = 48;
    private const int RecentStrings = 32;

    private readonly byte[] _tags;
    private readonly int[] _values;
    private readonly int[] _valueEnds;
    private readonly int[] _scalars;
    private readonly int[] _scalarLengths;
    private readonly bool[] _escaped;
    private readonly AttributeValue?[] _read;
    private readonly string?[] _last;
    private readonly string?[] _recent = new string?[RecentStrings];
    private ReadOnlyMemory<byte> _body;

    /// <summary>Initializes a new instance of the <see cref="JsonItem"/> class.</summary>
    /// <param name="slots">The number of mapped members.</param>
    public JsonItem(int slots)
    {
        _tags = new byte[slots];
        _values = new int[slots];
        _valueEnds = new int[slots];
        _scalars = new int[slots];
        _scalarLengths = new int[slots];
        _escaped = new bool[slots];
        _read = new AttributeValue?[slots];
        _last = new string?[slots];
    }

    /// <summary>Gets the number of slots.</summary>
    public int Slots => _tags.Length;

    /// <summary>Locates the attributes of the item the reader is on (its <c>{</c>); the reader ends on the item's <c>}</c>.</summary>
    /// <param name="reader">The reader over <paramref name="body"/>.</param>
    /// <param name="body">The bytes the reader reads.</param>
    /// <param name="names">The attribute names of the slots, as UTF-8.</param>
    public void Load(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, byte[][] names)
    {
        JsonReading.ExpectStartObject(ref reader);
        _body = body;
        Array.Clear(_tags);
        Array.Clear(_read);
        var next = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            var slot = Match(ref reader, names, next);
            reader.Read();
            if (slot < 0)
            {
                reader.Skip();
                continue;
            }

            next = slot + 1;
            Locate(ref reader, slot);
        }
    }

    /// <summary>Tells whether the item has the attribute of a slot.</summary>
    public bool Has(int slot) => _tags[slot] != Missing;

    /// <summary>Tells whether the attribute of a slot has the given type.</summary>
    public bool Is(int slot, byte tag) => _tags[slot] == tag;

    /// <summary>Tells whether the attribute of a slot is the DynamoDB NULL, as <c>AttributeValues.IsNull</c> does.</summary>
    public bool IsNull(int slot) => _tags[slot] == Null || (_tags[slot] == Other && Value(slot) is { NULL: true });

    /// <summary>Reads the attribute of a slot as an attribute value, for the converters that need one (once per item).</summary>
    public AttributeValue Value(int slot)
    {
        if (_read[slot] is { } read)
        {
            return read;
        }

        var reader = new Utf8JsonReader(_body.Span[_values[slot].._valueEnds[slot]]);
        reader.Read();
        return _read[slot] = AttributeValueJsonReader.ReadValue(ref reader)!;
    }

    /// <summary>
    /// Reads the string of an <c>S</c> attribute. An ASCII value equal to the member's previous one (the partition key
    /// of every item of a Query, a currency) is that same string instance: strings are immutable, so items share it
    /// instead of each allocating its own.
    /// </summary>
    public string String(int slot)
    {
        if (_escaped[slot])
        {
            return Unescape(slot);
        }

        var raw = _body.Span.Slice(_scalars[slot], _scalarLengths[slot]);
        var last = _last[slot];
        return last is not null && SameAscii(last, raw) ? last : _last[slot] = Text(raw);
    }

    /// <summary>Reads the value of a <c>BOOL</c> attribute.</summary>
    public bool Boolean(int slot) => _scalarLengths[slot] == 4; // "true"; "false" has 5 letters

    /// <summary>Parses the text of an <c>S</c> or <c>N</c> attribute with a converter's text parser, decoded on the stack.</summary>
    public T Parse<T>(int slot, TextParser<T> parse)
    {
        if (_escaped[slot])
        {
            return parse(Unescape(slot));
        }

        var raw = _body.Span.Slice(_scalars[slot], _scalarLengths[slot]);
        if (raw.Length > StackChars)
        {
            return parse(Encoding.UTF8.GetString(raw));
        }

        Span<char> chars = stackalloc char[StackChars];
        var length = Encoding.UTF8.GetChars(raw, chars);
        return parse(chars[..length]);
    }

    /// <summary>
    /// Reads an <c>SS</c> attribute into a set of strings, as the built-in set converter does; a set with an element
    /// that is not a plain string is left to <paramref name="converter"/> (which raises its error).
    /// </summary>
    public TSet Strings<TSet>(int slot, AttributeConverter<TSet> converter)
    {
        var reader = Elements(slot);
        var set = new HashSet<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return converter.Read(Value(slot));
            }

            set.Add(Text(ref reader));
        }

        return (TSet)(object)set;
    }

    /// <summary>
    /// Reads an <c>L</c> attribute of <c>S</c> and <c>NULL</c> elements into a list (or array) of strings, as the
    /// built-in list converter does; any other element leaves the list to <paramref name="converter"/>.
    /// </summary>
    public TCollection StringList<TCollection>(int slot, AttributeConverter<TCollection> converter)
    {
        var reader = Elements(slot);
        var list = new List<string?>(Count(reader));
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!ListElement(ref reader, out var text))
            {
                return converter.Read(Value(slot));
            }

            list.Add(text);
        }

        return typeof(TCollection) == typeof(string[]) ? (TCollection)(object)list.ToArray() : (TCollection)(object)list;
    }

    // One element of a list of strings: {"S":"..."} or {"NULL":true}; false for anything else.
    private bool ListElement(ref Utf8JsonReader reader, out string? text)
    {
        text = null;
        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            return false;
        }

        var isString = reader.ValueTextEquals("S"u8);
        var isNull = !isString && reader.ValueTextEquals("NULL"u8);
        reader.Read();
        var ok = (isString && reader.TokenType == JsonTokenType.String) || (isNull && reader.TokenType == JsonTokenType.True);
        text = isString && ok ? Text(ref reader) : null;
        reader.Skip();
        return reader.Read() && reader.TokenType == JsonTokenType.EndObject && ok;
    }

    // The number of elements of the array a reader is on, counted on a copy of it (a list is then sized once).
    private static int Count(Utf8JsonReader probe)
    {
        var count = 0;
        while (probe.Read() && probe.TokenType != JsonTokenType.EndArray)
        {
            count++;
            probe.Skip();
        }

        return count;
    }

    // A reader on the elements of a set or list attribute, before its first element.
    private Utf8JsonReader Elements(int slot)
    {
        var reader = new Utf8JsonReader(_body.Span[_scalars[slot].._valueEnds[slot]]);
        reader.Read();
        return reader;
    }

    // The string of a string token; a short ASCII one seen lately (list and set elements repeat) is reused.
    private string Text(ref Utf8JsonReader reader) => reader.ValueIsEscaped ? reader.GetString()! : Text(reader.ValueSpan);

    private string Text(ReadOnlySpan<byte> raw)
    {
        if (raw.Length > ReusedLength || raw.IsEmpty)
        {
            return Encoding.UTF8.GetString(raw);
        }

        ref var recent = ref _recent[((raw.Length * 31) + raw[0] + (raw[^1] * 7)) & (RecentStrings - 1)];
        return recent is not null && SameAscii(recent, raw) ? recent : recent = Encoding.UTF8.GetString(raw);
    }

    // Whether the bytes are ASCII and spell the string (then decoding them gives that string).
    private static bool SameAscii(string text, ReadOnlySpan<byte> raw)
    {
        if (text.Length != raw.Length)
        {
            return false;
        }

        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] >= 0x80 || raw[i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int Match(ref Utf8JsonReader reader, byte[][] names, int next)
    {
        if (next < names.Length && reader.ValueTextEquals(names[next]))
        {
            return next;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (i != next && reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // On the value of an attribute: its bounds, and for a value of one scalar member, that member's type and text.
    private void Locate(ref Utf8JsonReader reader, int slot)
    {
        _values[slot] = (int)reader.TokenStartIndex;
        var tag = Other;
        if (reader.TokenType == JsonTokenType.StartObject && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var kind = Kind(ref reader);
            reader.Read();
            tag = Scalar(ref reader, slot, kind);
            reader.Skip();
            reader.Read();
            if (reader.TokenType != JsonTokenType.EndObject)
            {
                // More than one member: left to the attribute value reader, which reads them all.
                tag = Other;
                while (reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                    reader.Skip();
                    reader.Read();
                }
            }
        }
        else
        {
            reader.Skip();
        }

        _valueEnds[slot] = (int)reader.BytesConsumed;
        _tags[slot] = tag;
    }

    private static byte Kind(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("S"u8) ? S
        : reader.ValueTextEquals("N"u8) ? N
        : reader.ValueTextEquals("BOOL"u8) ? Bool
        : reader.ValueTextEquals("NULL"u8) ? Null
        : reader.ValueTextEquals("SS"u8) ? StringSet
        : reader.ValueTextEquals("L"u8) ? List
        : Other;

    private byte Scalar(ref Utf8JsonReader reader, int slot, byte kind)
    {
        var token = reader.TokenType;
        var matches = kind switch
        {
            S => token == JsonTokenType.String,
            N => token is JsonTokenType.String or JsonTokenType.Number,
            Bool => token is JsonTokenType.True or JsonTokenType.False,
            Null => token == JsonTokenType.True,
            StringSet or List => token == JsonTokenType.StartArray,
            _ => false,
        };
        if (!matches)
        {
            return Other;
        }

        _scalars[slot] = (int)reader.TokenStartIndex + (token == JsonTokenType.String ? 1 : 0);
        _scalarLengths[slot] = reader.ValueSpan.Length;
        _escaped[slot] = reader.ValueIsEscaped;
        return kind;
    }

    private string Unescape(int slot)
    {
        // The string token with its quotes, read by a reader of its own (escapes are rare in stored values).
        var reader = new Utf8JsonReader(_body.Span.Slice(_scalars[slot] - 1, _scalarLengths[slot] + 2));
        reader.Read();
        return reader.GetString()!;
    }
}
