using System.Linq.Expressions;

namespace Dynamo.Repositories;

// Writes: the synchronous methods stage into the scope's unit of work; the Ardalis methods stage and commit.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    /// <remarks>Generated keys (HasValueGenerator, ValueGeneratedOnAdd) that hold their default are assigned first, so the caller sees them now.</remarks>
    public virtual void Add(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Context.KeyGenerators.Assign(Metadata, entity);
        Context.UnitOfWorkCore.Stage(Metadata, TableName, entity, StagedWriteKind.Add);
    }

    /// <inheritdoc/>
    public virtual void Update(T entity) => Context.UnitOfWorkCore.Stage(Metadata, TableName, entity, StagedWriteKind.Update);

    /// <inheritdoc/>
    public virtual void Upsert(T entity) => Context.UnitOfWorkCore.Stage(Metadata, TableName, entity, StagedWriteKind.Upsert);

    /// <inheritdoc/>
    public virtual void Delete(T entity) => Context.UnitOfWorkCore.Stage(Metadata, TableName, entity, StagedWriteKind.Delete);

    /// <inheritdoc/>
    public virtual void Check(EntityKey key, Expression<Func<T, bool>> condition) =>
        Context.UnitOfWorkCore.StageCheck(Metadata, TableName, key, condition);

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
        ArgumentNullException.ThrowIfNull(entity);
        await Context.KeyGenerators.AssignAsync(Metadata, entity, cancellationToken).ConfigureAwait(false);
        Add(entity);
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <inheritdoc/>
    public virtual async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = StageAll(entities, StagedWriteKind.Add);
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <inheritdoc/>
    public virtual Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default) =>
        StageAndSaveAsync(entity, StagedWriteKind.Update, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default) =>
        StageAndSaveAsync(entities, StagedWriteKind.Update, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default) =>
        StageAndSaveAsync(entity, StagedWriteKind.Delete, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default) =>
        StageAndSaveAsync(entities, StagedWriteKind.Delete, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Context.UnitOfWorkCore.SaveChangesAsync(cancellationToken);

    private Task<int> StageAndSaveAsync(T entity, StagedWriteKind kind, CancellationToken cancellationToken)
    {
        Stage(entity, kind);
        return SaveChangesAsync(cancellationToken);
    }

    private Task<int> StageAndSaveAsync(IEnumerable<T> entities, StagedWriteKind kind, CancellationToken cancellationToken)
    {
        StageAll(entities, kind);
        return SaveChangesAsync(cancellationToken);
    }

    private List<T> StageAll(IEnumerable<T> entities, StagedWriteKind kind)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        foreach (var entity in list)
        {
            Stage(entity, kind);
        }

        return list;
    }

    // Stages through the virtual methods, so a custom repository's override of Add, Update or Delete applies.
    private void Stage(T entity, StagedWriteKind kind)
    {
        switch (kind)
        {
            case StagedWriteKind.Add:
                Add(entity);
                break;
            case StagedWriteKind.Update:
                Update(entity);
                break;
            default:
                Delete(entity);
                break;
        }
    }
}
