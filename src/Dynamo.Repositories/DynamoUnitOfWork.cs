using System.Linq.Expressions;
using System.Runtime.InteropServices;
using Amazon.DynamoDBv2;
using Dynamo.Repositories.Events;
using Dynamo.Repositories.Expressions;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.UnitOfWork;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories;

/// <summary>
/// The scope's unit of work: repositories stage writes into it and <see cref="SaveChangesAsync"/> commits them as one
/// conditional write (one staged write) or one TransactWriteItems request (two to one hundred). Like a DbContext it
/// is not thread-safe: use it from one logical flow at a time.
/// </summary>
/// <remarks>
/// Staging the same entity instance twice folds where the meaning is clear: Add then Update (or Upsert) stays an Add
/// of the latest state, Update then Update stays an Update, Upsert then Update or Upsert stays an Upsert, Update then
/// Delete becomes a Delete, Delete then Delete stays a Delete, and Add then Delete cancels out (nothing is sent for
/// that entity). Any other combination throws <see cref="DuplicateWriteException"/> when staged. Entities are read
/// when the commit is prepared, so the latest state is written.
/// </remarks>
internal sealed partial class DynamoUnitOfWork : IUnitOfWork, IDisposable
{
    private readonly List<StagedWrite> _staged = [];
    private readonly Dictionary<object, StagedWrite> _byEntity = new(ReferenceEqualityComparer.Instance);
    private readonly IAmazonDynamoDB _client;
    private readonly DynamoRepositoryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DynamoUnitOfWork> _logger;
    private readonly CommitHooks? _hooks;

    /// <summary>Initializes a new instance of the <see cref="DynamoUnitOfWork"/> class.</summary>
    public DynamoUnitOfWork(IAmazonDynamoDB client, IOptions<DynamoRepositoryOptions> options, TimeProvider timeProvider, ILogger<DynamoUnitOfWork> logger, CommitHooks? hooks = null)
    {
        _hooks = hooks;
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <inheritdoc/>
    public int PendingCount => _staged.Count;

    /// <summary>Gets the staged writes, in staging order.</summary>
    internal IReadOnlyList<StagedWrite> Staged => _staged;

    /// <inheritdoc/>
    public void DiscardChanges()
    {
        _staged.Clear();
        _byEntity.Clear();
    }

    /// <summary>Stages an Add, Update, Upsert or Delete of an entity, folding it with an earlier write of the same instance.</summary>
    internal void Stage<T>(EntityMetadata<T> metadata, string tableName, T entity, StagedWriteKind kind)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(entity);
        if (NullKeyProperty(metadata, entity) is { } missing)
        {
            throw NullKey(metadata, missing, "the " + kind.ToString());
        }

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
    internal void StageCheck<T>(EntityMetadata<T> metadata, string tableName, EntityKey key, Expression<Func<T, bool>> condition)
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

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_staged.Count > 0)
        {
            _logger.LogWarning(
                "A unit of work was disposed with {PendingCount} unsaved staged write(s); they were discarded. Call SaveChangesAsync or DiscardChanges before the scope ends.",
                _staged.Count);
            DiscardChanges();
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

    /// <summary>Rejects an entity whose key properties are null, before anything is staged or sent.</summary>
    internal static void CheckKey<T>(EntityMetadata<T> metadata, T entity, string operation)
        where T : class
    {
        if (NullKeyProperty(metadata, entity) is { } missing)
        {
            throw NullKey(metadata, missing, operation);
        }
    }

    private static PropertyMetadata? NullKeyProperty<T>(EntityMetadata<T> metadata, T entity)
        where T : class
    {
        if (metadata.PartitionKey.GetValue(entity) is null)
        {
            return metadata.PartitionKey;
        }

        return metadata.SortKey is { } sortKey && sortKey.GetValue(entity) is null ? sortKey : null;
    }

    private static EntityMappingException NullKey<T>(EntityMetadata<T> metadata, PropertyMetadata property, string operation)
        where T : class =>
        new(
            $"Cannot stage {operation} of {metadata.DisplayName}: its key property {property.Name} is null. Set the key before staging.",
            typeof(T),
            property.Name);
}
