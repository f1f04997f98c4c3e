using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Writes;

namespace Dynamo.Repositories.Testing.Fakes;

// Key reads, batch key reads and the non-atomic bulk writes (applied directly, as BatchWriteItem would).
public partial class InMemoryDynamoRepository<T>
{
    /// <inheritdoc/>
    public virtual Task<T?> GetAsync(object partitionKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        return Task.FromResult(Find(new EntityKey(partitionKey)));
    }

    /// <inheritdoc/>
    public virtual Task<T?> GetAsync(object partitionKey, object sortKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(sortKey);
        return Task.FromResult(Find(new EntityKey(partitionKey, sortKey)));
    }

    /// <inheritdoc/>
    public virtual Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(id);
        return Task.FromResult(Find(id is EntityKey key ? key : new EntityKey(id)));
    }

    /// <inheritdoc/>
    public virtual Task<BatchGetResult<T>> GetManyAsync(IEnumerable<EntityKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var asked = new List<(EntityKey Key, Dictionary<string, AttributeValue> Item)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var item = Metadata.KeyOf(key);
            if (!seen.Add(AttributeValueText.OfKey(item)))
            {
                throw new ArgumentException(
                    $"{Metadata.DisplayName}: the key {key} is asked for twice. BatchGetItem rejects duplicate keys; pass each key once.", nameof(keys));
            }

            asked.Add((key, item));
        }

        var found = new List<T>();
        var missing = new List<EntityKey>();
        foreach (var (key, item) in asked)
        {
            if (Store.Find(Metadata, item) is { } stored)
            {
                found.Add(Read(stored));
            }
            else
            {
                missing.Add(key);
            }
        }

        return Task.FromResult(new BatchGetResult<T>(found, missing));
    }

    /// <inheritdoc/>
    /// <remarks>Unconditional puts of the entities as they are (no version check or bump), recorded as <see cref="StagedWriteKind.Upsert"/>.</remarks>
    public virtual Task<int> BulkPutNonAtomicAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var items = PrepareBulk(entities, nameof(BulkPutNonAtomicAsync));
        foreach (var (entity, item) in items)
        {
            Store.Put(Metadata, item);
            Store.Record(new CommittedWrite(typeof(T), StagedWriteKind.Upsert, Metadata.DescribeKey(entity), Read(item)));
        }

        return Task.FromResult(items.Count);
    }

    /// <inheritdoc/>
    /// <remarks>Unconditional deletes (a missing item is not an error), recorded as <see cref="StagedWriteKind.Delete"/>.</remarks>
    public virtual Task<int> BulkDeleteNonAtomicAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var items = PrepareBulk(entities, nameof(BulkDeleteNonAtomicAsync));
        foreach (var (entity, _) in items)
        {
            var key = Metadata.KeyOf(entity);
            var stored = Store.Find(Metadata, key);
            Store.Remove(Metadata, key);
            Store.Record(new CommittedWrite(typeof(T), StagedWriteKind.Delete, Metadata.DescribeKey(entity), stored is null ? null : Read(stored)));
        }

        return Task.FromResult(items.Count);
    }

    /// <summary>Reads a new entity instance from a copy of a stored item.</summary>
    /// <inheritdoc/>
    public virtual Task<bool> ReloadAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (Store.Find(Metadata, Metadata.KeyOf(entity)) is not { } stored)
        {
            return Task.FromResult(false);
        }

        EntityReload.CopyInto(Metadata, AttributeValueCopier.Copy(stored), entity);
        return Task.FromResult(true);
    }

    private T Read(Dictionary<string, AttributeValue> stored) => Metadata.FromItem(AttributeValueCopier.Copy(stored));

    private T? Find(EntityKey key) => Store.Find(Metadata, Metadata.KeyOf(key)) is { } stored ? Read(stored) : null;

    // As in production, everything is checked (null keys, duplicate keys) before anything is applied.
    private List<(T Entity, Dictionary<string, AttributeValue> Item)> PrepareBulk(IEnumerable<T> entities, string operation)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var prepared = new List<(T, Dictionary<string, AttributeValue>)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            ArgumentNullException.ThrowIfNull(entity, nameof(entities));
            KeyGuard.Check(Metadata, entity, operation);
            if (!seen.Add(CommitPlanner.Identity(Store.TableName(Metadata), Metadata.KeyOf(entity))))
            {
                var keyDescription = Metadata.DescribeKey(entity);
                throw new DuplicateWriteException(
                    $"{operation}: {Metadata.DisplayName} {keyDescription} appears twice; DynamoDB refuses a batch with the same key twice. Nothing was sent. Pass each key once.",
                    typeof(T),
                    keyDescription);
            }

            prepared.Add((entity, Metadata.ToItem(entity)));
        }

        return prepared;
    }
}
