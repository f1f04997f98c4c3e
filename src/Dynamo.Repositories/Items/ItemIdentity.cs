using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Items;

/// <summary>
/// The library's one key identity: an item is its table and its key values (type tag and text), the key attributes
/// taken in attribute-name order, so the same item is found whether its key comes from an entity's writer, from a key
/// map or from a whole item. Used to find an item staged twice, a key asked for twice, and items in the in-memory
/// executor. The hash is FNV-1a over the key text; sets of identities are small, so no defence against crafted
/// collisions is needed.
/// </summary>
internal readonly struct ItemIdentity : IEquatable<ItemIdentity>
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly string _table;
    private readonly char _firstTag;
    private readonly string _first;
    private readonly char _secondTag;
    private readonly string? _second;

    private ItemIdentity(string table, AttributeValue first, AttributeValue? second)
    {
        _table = table;
        (_firstTag, _first) = (Tag(first), Text(first));
        (_secondTag, _second) = second is null ? ('\0', null) : (Tag(second), Text(second));
    }

    /// <summary>Identifies an item by its key attributes, given by name (the sort key's name is null for a table without one).</summary>
    public static ItemIdentity Of(string table, string partitionName, AttributeValue partition, string? sortName, AttributeValue? sort) =>
        sortName is null || sort is null || string.CompareOrdinal(partitionName, sortName) <= 0
            ? new ItemIdentity(table, partition, sort)
            : new ItemIdentity(table, sort, partition);

    /// <summary>Identifies an item by a key map of one or two attributes.</summary>
    public static ItemIdentity Of(string table, Dictionary<string, AttributeValue> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var pairs = key.GetEnumerator();
        if (!pairs.MoveNext())
        {
            throw new ArgumentException("A key has at least one attribute.", nameof(key));
        }

        var first = pairs.Current;
        if (!pairs.MoveNext())
        {
            return new ItemIdentity(table, first.Value, null);
        }

        var second = pairs.Current;
        return pairs.MoveNext()
            ? throw new ArgumentException("A key has at most two attributes.", nameof(key))
            : Of(table, first.Key, first.Value, second.Key, second.Value);
    }

    /// <summary>Returns the identity of a key map as text, for string-keyed dictionaries.</summary>
    public static string Text(string table, Dictionary<string, AttributeValue> key) => Of(table, key).ToString();

    /// <inheritdoc/>
    public bool Equals(ItemIdentity other) =>
        _firstTag == other._firstTag && _secondTag == other._secondTag
        && string.Equals(_first, other._first, StringComparison.Ordinal)
        && string.Equals(_second, other._second, StringComparison.Ordinal)
        && string.Equals(_table, other._table, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ItemIdentity other && Equals(other);

    /// <inheritdoc/>
    /// <remarks>The table is left out of the hash: the items of one set mostly share it, and Equals still compares it.</remarks>
    public override int GetHashCode() => (int)Fnv(Fnv(FnvOffset, _first), _second ?? string.Empty);

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder(_table).Append('\u001f').Append(_firstTag).Append(_first);
        return (_second is null ? text : text.Append('\u001f').Append(_secondTag).Append(_second)).ToString();
    }

    private static char Tag(AttributeValue value) => value.S is not null ? 'S' : value.N is not null ? 'N' : value.B is not null ? 'B' : '?';

    private static string Text(AttributeValue value) =>
        value.S ?? value.N ?? (value.B is not null ? Convert.ToBase64String(value.B.ToArray()) : string.Empty);

    private static uint Fnv(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        // A separator, so ("ab", "c") and ("a", "bc") differ.
        return (hash ^ 0x1f) * FnvPrime;
    }
}
