using System.Linq.Expressions;

namespace Dynamo.Repositories;

// PLACEHOLDER owned by the unit-of-work helper: replace by DynamoRepository.Keys.cs / DynamoRepository.Writes.cs.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    public virtual Task<T?> GetAsync(object partitionKey, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<T?> GetAsync(object partitionKey, object sortKey, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual void Add(T entity) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual void Update(T entity) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual void Upsert(T entity) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual void Delete(T entity) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual void Check(EntityKey key, Expression<Func<T, bool>> condition) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<T> UpsertAsync(T entity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<T> AddAsync(T entity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
