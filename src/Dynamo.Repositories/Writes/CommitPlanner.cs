using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// Prepares the staged writes of a commit and checks DynamoDB's limits before anything is sent: at most 100 actions,
/// at most 400 KB per item and 4 MB in all (estimated as DynamoDB counts), and no item twice.
/// </summary>
internal static class CommitPlanner
{
    /// <summary>The most actions in one TransactWriteItems request.</summary>
    public const int MaxActions = 100;

    private const string Separator = "\u001f";

    // A power of two above MaxActions, so the table is at most 40% full and an action number fits a byte.
    private const int IdentityBits = 8;
    private const int IdentitySlots = 1 << IdentityBits;

    /// <summary>Prepares and validates the actions of a commit, in staging order.</summary>
    public static WriteAction[] Prepare(IReadOnlyList<StagedWrite> staged)
    {
        if (staged.Count > MaxActions)
        {
            throw new TransactionLimitException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The unit of work has {staged.Count} staged writes; a DynamoDB transaction takes at most {MaxActions}. Nothing was sent and the writes stay staged. Split the work into several units of work, or use BulkPutNonAtomicAsync/BulkDeleteNonAtomicAsync for imports that need not be atomic."),
                staged.Count,
                0);
        }

        var actions = new WriteAction[staged.Count];

        // The duplicate check needs no heap: an open-addressing table of action numbers on the stack (at most 100
        // actions in 256 slots) and each action's identity hash; identities are compared only when hashes are equal.
        // One write alone cannot be a duplicate, and its 400 KB item check already keeps it under 4 MB.
        var check = staged.Count > 1;
        Span<byte> slots = stackalloc byte[check ? IdentitySlots : 0];
        Span<int> hashes = stackalloc int[check ? staged.Count : 0];
        long bounds = 0;
        for (var i = 0; i < staged.Count; i++)
        {
            var action = staged[i].Prepare();

            // The cheap bound settles the common case; the exact estimate decides only when the bound is over a limit.
            var bound = action.SizeBound;
            if (bound > ItemSizeEstimator.MaxItemBytes && action.EstimatedSize > ItemSizeEstimator.MaxItemBytes)
            {
                throw new ItemTooLargeException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {action.Source.Kind} of {action.Source.Metadata.DisplayName} {action.KeyDescription} is about {action.EstimatedSize} bytes; DynamoDB stores at most {ItemSizeEstimator.MaxItemBytes} bytes (400 KB) per item. Nothing was sent and the writes stay staged."),
                    action.Source.Metadata.ClrType,
                    action.KeyDescription);
            }

            bounds += bound;
            actions[i] = action;
            if (check && FirstWithIdentity(actions, i, slots, hashes) is { } first)
            {
                throw new DuplicateWriteException(
                    $"{action.Source.Metadata.DisplayName} {action.KeyDescription} is written twice in one unit of work ({first.Source.Kind}, then {action.Source.Kind} of another instance or check with the same key); " +
                    "DynamoDB cannot write one item twice in a transaction. Nothing was sent. Stage each item once, or commit in two units of work.",
                    action.Source.Metadata.ClrType,
                    action.KeyDescription);
            }
        }

        if (bounds > ItemSizeEstimator.MaxTransactionBytes && Total(actions) is var total && total > ItemSizeEstimator.MaxTransactionBytes)
        {
            throw new TransactionLimitException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {staged.Count} staged writes of the unit of work are about {total} bytes; a DynamoDB transaction takes at most {ItemSizeEstimator.MaxTransactionBytes} bytes (4 MB). Nothing was sent and the writes stay staged. Split the work into several units of work."),
                staged.Count,
                total);
        }

        return actions;
    }

    /// <summary>
    /// Adds action <paramref name="index"/> to the identity table, or returns the earlier action that writes the same
    /// item. <paramref name="slots"/> holds action numbers plus one (0: empty), probed linearly from the hash.
    /// </summary>
    private static WriteAction? FirstWithIdentity(WriteAction[] actions, int index, Span<byte> slots, Span<int> hashes)
    {
        var identity = IdentityOf(actions[index]);
        var hash = identity.GetHashCode();
        hashes[index] = hash;
        // The slot comes from the hash's top bits (Fibonacci hashing): FNV-1a's low bits depend on the low bits of the
        // characters only.
        for (var slot = (int)(((uint)hash * 2654435769u) >> (32 - IdentityBits)); ; slot = (slot + 1) & (IdentitySlots - 1))
        {
            if (slots[slot] == 0)
            {
                slots[slot] = (byte)(index + 1);
                return null;
            }

            var other = slots[slot] - 1;
            if (hashes[other] == hash && IdentityOf(actions[other]).Equals(identity))
            {
                return actions[other];
            }
        }
    }

    private static long Total(WriteAction[] actions)
    {
        long total = 0;
        foreach (var action in actions)
        {
            total += action.EstimatedSize;
        }

        return total;
    }

    /// <summary>
    /// Identifies the item an action writes by table and key values, so the same item staged twice is found. The key
    /// values are the ones the entity's writer handed back, or are read from the key as they are (no string is built):
    /// a table has one key schema.
    /// </summary>
    private static ItemIdentity IdentityOf(WriteAction action)
    {
        if (action.Written.Partition is { } written)
        {
            return new ItemIdentity(action.TableName, Text(written), action.Written.Sort is { } sort ? Text(sort) : null);
        }

        var metadata = action.Source.Metadata;
        var attributes = action.KeyFromItem ? action.Item! : action.Key;
        var partition = Text(attributes[metadata.PartitionKey.AttributeName]);
        var sortKey = metadata.SortKey is { } sortProperty ? Text(attributes[sortProperty.AttributeName]) : null;
        return new ItemIdentity(action.TableName, partition, sortKey);
    }

    /// <summary>Identifies an item by table and key values.</summary>
    internal static string Identity(string tableName, Dictionary<string, AttributeValue> key)
    {
        // Keys have one or two attributes: order them by name without LINQ and format them in one string.
        KeyValuePair<string, AttributeValue>? first = null;
        KeyValuePair<string, AttributeValue>? second = null;
        var extra = false;
        foreach (var pair in key)
        {
            if (first is null)
            {
                first = pair;
            }
            else if (second is null)
            {
                second = pair;
            }
            else
            {
                extra = true;
            }
        }

        if (extra)
        {
            return IdentityOfMany(tableName, key);
        }

        if (first is not { } a)
        {
            return tableName;
        }

        return second is not { } b ? Identity(tableName, a.Key, a.Value) : Identity(tableName, a.Key, a.Value, b.Key, b.Value);
    }

    private static string Identity(string tableName, string name, AttributeValue value) =>
        string.Concat(tableName, Separator, name, Tag(value), Text(value));

    private static string Identity(string tableName, string firstName, AttributeValue firstValue, string secondName, AttributeValue secondValue)
    {
        var a = new KeyValuePair<string, AttributeValue>(firstName, firstValue);
        var b = new KeyValuePair<string, AttributeValue>(secondName, secondValue);
        return string.CompareOrdinal(a.Key, b.Key) <= 0
            ? string.Concat(tableName, Separator, a.Key, Tag(a.Value), Text(a.Value), Separator, b.Key, Tag(b.Value), Text(b.Value))
            : string.Concat(tableName, Separator, b.Key, Tag(b.Value), Text(b.Value), Separator, a.Key, Tag(a.Value), Text(a.Value));
    }

    private static string IdentityOfMany(string tableName, Dictionary<string, AttributeValue> key)
    {
        var names = new List<string>(key.Keys);
        names.Sort(StringComparer.Ordinal);
        var builder = new StringBuilder(tableName);
        foreach (var name in names)
        {
            var value = key[name];
            builder.Append('\u001f').Append(name).Append(Tag(value)).Append(Text(value));
        }

        return builder.ToString();
    }

    private static string Tag(AttributeValue value) =>
        value.S is not null ? "\u001eS" : value.N is not null ? "\u001eN" : value.B is not null ? "\u001eB" : "\u001e";

    private static string Text(AttributeValue value) =>
        value.S ?? value.N ?? (value.B is not null ? Convert.ToBase64String(value.B.ToArray()) : string.Empty);

    /// <summary>
    /// An item within one commit: its table and the text of its key values. The hash is FNV-1a over the key text
    /// (computed once per item and kept beside the table); a commit holds at most 100 items, so it needs no protection
    /// against crafted collisions.
    /// </summary>
    private readonly struct ItemIdentity(string table, string partition, string? sort) : IEquatable<ItemIdentity>
    {
        private const uint FnvOffset = 2166136261;
        private const uint FnvPrime = 16777619;

        private readonly string _table = table;
        private readonly string _partition = partition;
        private readonly string? _sort = sort;

        public bool Equals(ItemIdentity other) =>
            string.Equals(_partition, other._partition, StringComparison.Ordinal)
            && string.Equals(_sort, other._sort, StringComparison.Ordinal)
            && string.Equals(_table, other._table, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is ItemIdentity other && Equals(other);

        // The table is left out of the hash: the writes of a commit mostly share it, and Equals still compares it.
        public override int GetHashCode() => (int)Fnv(Fnv(FnvOffset, _partition), _sort ?? string.Empty);

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
}
