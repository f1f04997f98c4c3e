using System.Linq.Expressions;
using System.Runtime.InteropServices;
using Dynamo.Repositories.Expressions;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// The staged writes of a unit of work, in staging order: stages and folds writes of the same entity instance,
/// stages condition checks, counts and discards them, and forgets the ones a commit completed. It never sends.
/// </summary>
/// <remarks>
/// Staging the same entity instance twice folds where the meaning is clear: Add then Update (or Upsert) stays an Add
/// of the latest state, Update then Update stays an Update, Upsert then Update or Upsert stays an Upsert, Update then
/// Delete becomes a Delete, Delete then Delete stays a Delete, and Add then Delete cancels out. Any other combination
/// throws <see cref="DuplicateWriteException"/> when staged.
/// </remarks>
internal sealed class ChangeTracker
{
    private readonly List<StagedWrite> _staged = [];
    private readonly Dictionary<object, StagedWrite> _byEntity = new(ReferenceEqualityComparer.Instance);

    /// <summary>Gets the number of staged writes.</summary>
    public int Count => _staged.Count;

    /// <summary>Gets the staged writes, in staging order.</summary>
    public IReadOnlyList<StagedWrite> Staged => _staged;

    /// <summary>Forgets every staged write.</summary>
    public void Clear()
    {
        _staged.Clear();
        _byEntity.Clear();
    }

    /// <summary>Stages an Add, Update, Upsert or Delete of an entity, folding it with an earlier write of the same instance.</summary>
    public void Stage<T>(EntityMetadata<T> metadata, string tableName, T entity, StagedWriteKind kind)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(entity);
        KeyGuard.Check(metadata, entity, kind);

        // One look-up: the slot is filled here when the entity is new, or read when it is staged already.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_byEntity, entity, out var exists);
        if (!exists)
        {
            var write = new StagedEntityWrite<T>(metadata, tableName, kind, entity);
            slot = write;
            _staged.Add(write);
            return;
        }

        var existing = slot!;
        switch (Fold(existing.Kind, kind))
        {
            case { } folded:
                existing.Kind = folded;
                break;
            case null when existing.Kind == StagedWriteKind.Add && kind == StagedWriteKind.Delete:
                _staged.Remove(existing);
                _byEntity.Remove(entity);
                break;
            default:
                throw new DuplicateWriteException(
                    $"{metadata.DisplayName} {metadata.DescribeKey(entity)} is already staged for {existing.Kind}; staging {kind} of the same entity " +
                    "is ambiguous. Save or discard the staged writes first.",
                    typeof(T),
                    metadata.DescribeKey(entity));
        }
    }

    /// <summary>Stages a condition on an item; the predicate is translated now, so an unsupported one fails here.</summary>
    public void StageCheck<T>(EntityMetadata<T> metadata, string tableName, EntityKey key, Expression<Func<T, bool>> condition)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(condition);
        var itemKey = metadata.KeyOf(key);
        var attributes = new ExpressionAttributes();
        var predicate = PredicateTranslator.Translate(metadata, condition, attributes);
        var partitionKey = attributes.Name(metadata.PartitionKey.AttributeName);
        _staged.Add(new StagedCheck(
            metadata,
            tableName,
            itemKey,
            EntityMetadata<T>.DescribeKey(key),
            $"attribute_exists({partitionKey}) AND {Group(predicate)}",
            attributes.Names,
            attributes.Values));
    }

    /// <summary>Forgets the writes a commit completed (the sources of its actions), keeping any staged while the commit was in flight.</summary>
    public void Forget(WriteAction[] committed)
    {
        if (StillExactly(committed))
        {
            Clear();
            return;
        }

        foreach (var action in committed)
        {
            var write = action.Source;
            _staged.Remove(write);
            if (write.Entity is { } entity && _byEntity.TryGetValue(entity, out var current) && ReferenceEquals(current, write))
            {
                _byEntity.Remove(entity);
            }
        }
    }

    // DynamoDB refuses redundant parentheses, so a predicate is parenthesized only when it has a top-level OR.
    private static string Group(string predicate)
    {
        var depth = 0;
        for (var i = 0; i < predicate.Length; i++)
        {
            depth += predicate[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0 && string.CompareOrdinal(predicate, i, " OR ", 0, 4) == 0)
            {
                return "(" + predicate + ")";
            }
        }

        return predicate;
    }

    private static StagedWriteKind? Fold(StagedWriteKind existing, StagedWriteKind incoming) => (existing, incoming) switch
    {
        (StagedWriteKind.Add, StagedWriteKind.Update or StagedWriteKind.Upsert) => StagedWriteKind.Add,
        (StagedWriteKind.Update, StagedWriteKind.Update) => StagedWriteKind.Update,
        (StagedWriteKind.Update, StagedWriteKind.Delete) => StagedWriteKind.Delete,
        (StagedWriteKind.Upsert, StagedWriteKind.Update or StagedWriteKind.Upsert) => StagedWriteKind.Upsert,
        (StagedWriteKind.Delete, StagedWriteKind.Delete) => StagedWriteKind.Delete,
        _ => null,
    };

    private bool StillExactly(WriteAction[] committed)
    {
        if (_staged.Count != committed.Length)
        {
            return false;
        }

        for (var i = 0; i < committed.Length; i++)
        {
            if (!ReferenceEquals(_staged[i], committed[i].Source))
            {
                return false;
            }
        }

        return true;
    }
}
