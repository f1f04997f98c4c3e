using System.Linq.Expressions;
using Ardalis.Specification;

namespace Dynamo.Repositories;

/// <summary>
/// Reads and writes entities of type <typeparamref name="T"/>. The synchronous methods stage a write in the
/// scope's <see cref="IUnitOfWork"/>; the Ardalis <c>*Async</c> write methods stage and then commit it.
/// </summary>
/// <typeparam name="T">The entity type, mapped by an entity configuration.</typeparam>
public interface IDynamoRepository<T> : IReadDynamoRepository<T>, IRepositoryBase<T>
    where T : class
{
    /// <summary>Gets the unit of work that this repository stages its writes into.</summary>
    IUnitOfWork UnitOfWork { get; }

    /// <summary>
    /// Re-reads the entity's item (strongly consistent) into the same instance: every mapped member, version included,
    /// takes the stored value (EF Core's <c>Entry(entity).ReloadAsync()</c>), so a loop that reloads and retries after a
    /// <see cref="ConcurrencyConflictException"/> needs no new instance and no settable version. Unmapped members and
    /// domain events are left as they are.
    /// </summary>
    /// <param name="entity">The entity to refresh; its key identifies the item.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><see langword="true"/> when the item was read; <see langword="false"/> when it no longer exists (the entity is unchanged).</returns>
    Task<bool> ReloadAsync(T entity, CancellationToken cancellationToken = default);

    /// <summary>Stages the creation of an entity; the commit fails if an item with its key exists.</summary>
    /// <param name="entity">The entity to create.</param>
    void Add(T entity);

    /// <summary>
    /// Stages an update of the mapped attributes of an existing entity; attributes the model does not map survive.
    /// A versioned entity is written only if the stored version equals the one it was loaded with.
    /// </summary>
    /// <param name="entity">The entity to update.</param>
    void Update(T entity);

    /// <summary>Stages a create-or-replace of an entity (version-checked when the entity is versioned and exists).</summary>
    /// <param name="entity">The entity to write.</param>
    void Upsert(T entity);

    /// <summary>Stages the deletion of an entity (version-checked when the entity is versioned).</summary>
    /// <param name="entity">The entity to delete.</param>
    void Delete(T entity);

    /// <summary>
    /// Stages a condition on another item that must hold for the commit to succeed, without writing that item.
    /// </summary>
    /// <param name="key">The key of the item to check.</param>
    /// <param name="condition">The condition; the item must exist and satisfy it.</param>
    void Check(EntityKey key, Expression<Func<T, bool>> condition);

    /// <summary>Stages a create-or-replace of an entity and commits the unit of work.</summary>
    /// <param name="entity">The entity to write.</param>
    /// <param name="cancellationToken">Cancels the commit; the write then stays staged.</param>
    /// <returns>The entity written.</returns>
    Task<T> UpsertAsync(T entity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes many entities with BatchWriteItem, 25 per request, retrying unprocessed items with backoff. This is
    /// NOT atomic and bypasses the unit of work: items are written as they are (create or replace, no condition, the
    /// version neither checked nor bumped), and after a failure the items already written stay written. Meant for
    /// imports too large for one transaction.
    /// </summary>
    /// <param name="entities">The entities to write; each key may appear once.</param>
    /// <param name="cancellationToken">Cancels the remaining requests (items already written stay written).</param>
    /// <returns>The number of items written.</returns>
    /// <exception cref="BulkWriteIncompleteException">Some items could not be written after the configured retries.</exception>
    Task<int> BulkPutNonAtomicAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes many entities with BatchWriteItem, 25 per request, retrying unprocessed items with backoff. This is
    /// NOT atomic and bypasses the unit of work: no condition and no version check; after a failure the items already
    /// deleted stay deleted.
    /// </summary>
    /// <param name="entities">The entities to delete (only their keys are used); each key may appear once.</param>
    /// <param name="cancellationToken">Cancels the remaining requests (items already deleted stay deleted).</param>
    /// <returns>The number of delete requests processed.</returns>
    /// <exception cref="BulkWriteIncompleteException">Some items could not be deleted after the configured retries.</exception>
    Task<int> BulkDeleteNonAtomicAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default);
}
