using Ardalis.Specification;

namespace Dynamo.Repositories;

// PLACEHOLDER owned by the query helper: replace by DynamoRepository.Queries.cs etc.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    public virtual Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<int> CountAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<bool> AnyAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<BatchGetResult<T>> GetManyAsync(IEnumerable<EntityKey> keys, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<Page<T>> PageAsync(ISpecification<T> specification, int pageSize, string? continuationToken = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <inheritdoc/>
    public virtual Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
