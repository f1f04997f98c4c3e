using Dynamo.Repositories.Query;

namespace Dynamo.Repositories;

// Key reads: one GetItem per call (KeyReader), consistent when the options say so.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    public virtual Task<T?> GetAsync(object partitionKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        return GetByKeyAsync(new EntityKey(partitionKey), cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<T?> GetAsync(object partitionKey, object sortKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(sortKey);
        return GetByKeyAsync(new EntityKey(partitionKey, sortKey), cancellationToken);
    }

    /// <summary>Reads the entity with a key (checked against the mapped key types before anything is sent).</summary>
    /// <param name="key">The key of the item.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entity, or <see langword="null"/> when no item has that key.</returns>
    protected virtual Task<T?> GetByKeyAsync(EntityKey key, CancellationToken cancellationToken = default) =>
        KeyReader.ReadAsync(Context.Executor, Metadata, TableName, key, Options.ConsistentReads, cancellationToken);
}
