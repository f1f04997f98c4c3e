using System.Globalization;
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

    // A power of two above MaxActions, so the table is at most 40% full and an action number fits a byte.
    private const int IdentityBits = 8;
    private const int IdentitySlots = 1 << IdentityBits;

    /// <summary>Prepares and validates the actions of a commit, in staging order.</summary>
    /// <param name="staged">The staged writes.</param>
    /// <param name="json">The commit's buffer when the executor takes the entities as JSON; null for dictionaries.</param>
    public static WriteAction[] Prepare(IReadOnlyList<StagedWrite> staged, CommitJson? json = null)
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
            var action = staged[i].Prepare(json);

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
    /// values are the ones the entity's writer handed back, or are read from the key as they are (no string is built).
    /// </summary>
    private static ItemIdentity IdentityOf(WriteAction action)
    {
        var metadata = action.Source.Metadata;
        var partitionName = metadata.PartitionKey.AttributeName;
        var sortName = metadata.SortKey?.AttributeName;
        if (action.Written.Partition is { } written)
        {
            return ItemIdentity.Of(action.TableName, partitionName, written, sortName, action.Written.Sort);
        }

        var attributes = action.KeyFromItem ? action.Item! : action.Key;
        return ItemIdentity.Of(action.TableName, partitionName, attributes[partitionName], sortName, sortName is null ? null : attributes[sortName]);
    }
}
