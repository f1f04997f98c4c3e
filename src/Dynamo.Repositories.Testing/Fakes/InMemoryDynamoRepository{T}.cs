using System.Linq.Expressions;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>
/// An in-memory <see cref="IDynamoRepository{T}"/> over an <see cref="InMemoryDynamoStore"/>, for unit tests of
/// application handlers. Writes stage into the store's <see cref="InMemoryUnitOfWork"/> exactly as the production
/// repository stages into its scope's unit of work; the Ardalis methods stage and then save; reads are planned by the
/// production planner (so what DynamoDB cannot run fails the same way) and evaluated in memory.
/// </summary>
/// <remarks>
/// Public and not sealed, with virtual members like <c>DynamoRepository&lt;T&gt;</c>, so a fake of a custom
/// repository interface can derive from it. Get one with <see cref="InMemoryDynamoStore.Repository{T}"/>.
/// </remarks>
/// <typeparam name="T">A configured entity type.</typeparam>
public partial class InMemoryDynamoRepository<T> : IDynamoRepository<T>
    where T : class
{
    /// <summary>Initializes a new instance of the <see cref="InMemoryDynamoRepository{T}"/> class sharing the store's unit of work.</summary>
    /// <param name="store">The store.</param>
    /// <exception cref="EntityConfigurationException">The store has no configuration for <typeparamref name="T"/>.</exception>
    public InMemoryDynamoRepository(InMemoryDynamoStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Store = store;
        Metadata = store.Metadata<T>();
    }

    /// <inheritdoc/>
    public IUnitOfWork UnitOfWork => Store.UnitOfWork;

    /// <inheritdoc/>
    public string TableName => Store.TableName(Metadata);

    /// <summary>Gets the store.</summary>
    protected InMemoryDynamoStore Store { get; }

    /// <summary>Gets the entity metadata.</summary>
    internal EntityMetadata<T> Metadata { get; }

    /// <inheritdoc/>
    public virtual void Add(T entity) => Store.UnitOfWork.Stage(Metadata, entity, StagedWriteKind.Add);

    /// <inheritdoc/>
    public virtual void Update(T entity) => Store.UnitOfWork.Stage(Metadata, entity, StagedWriteKind.Update);

    /// <inheritdoc/>
    public virtual void Upsert(T entity) => Store.UnitOfWork.Stage(Metadata, entity, StagedWriteKind.Upsert);

    /// <inheritdoc/>
    public virtual void Delete(T entity) => Store.UnitOfWork.Stage(Metadata, entity, StagedWriteKind.Delete);

    /// <inheritdoc/>
    public virtual void Check(EntityKey key, Expression<Func<T, bool>> condition) => Store.UnitOfWork.StageCheck(Metadata, key, condition);

    /// <inheritdoc/>
    public virtual async Task<T> UpsertAsync(T entity, CancellationToken cancellationToken = default)
    {
        Upsert(entity);
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <inheritdoc/>
    public virtual async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        Add(entity);
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <inheritdoc/>
    public virtual async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = StageAll(entities, Add);
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <inheritdoc/>
    public virtual Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        Update(entity);
        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        StageAll(entities, Update);
        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        Delete(entity);
        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        StageAll(entities, Delete);
        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Store.UnitOfWork.SaveChangesAsync(cancellationToken);

    private static List<T> StageAll(IEnumerable<T> entities, Action<T> stage)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        foreach (var entity in list)
        {
            stage(entity);
        }

        return list;
    }
}
