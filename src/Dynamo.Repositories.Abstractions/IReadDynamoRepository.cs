using Ardalis.Specification;

namespace Dynamo.Repositories;

/// <summary>
/// Reads entities of type <typeparamref name="T"/> from their DynamoDB table: by key, in batches, and with
/// Ardalis specifications planned into Query, GetItem or BatchGetItem requests.
/// </summary>
/// <typeparam name="T">The entity type, mapped by an entity configuration.</typeparam>
public interface IReadDynamoRepository<T> : IReadRepositoryBase<T>
    where T : class
{
    /// <summary>Gets the physical name of the table of <typeparamref name="T"/>: the options' prefix, the logical name, the options' suffix.</summary>
    string TableName { get; }

    /// <summary>Reads the entity with the given partition key (tables without a sort key).</summary>
    /// <param name="partitionKey">The partition key value, of the mapped property's type.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entity, or <see langword="null"/> when no item has that key.</returns>
    Task<T?> GetAsync(object partitionKey, CancellationToken cancellationToken = default);

    /// <summary>Reads the entity with the given partition and sort key.</summary>
    /// <param name="partitionKey">The partition key value, of the mapped property's type.</param>
    /// <param name="sortKey">The sort key value, of the mapped property's type.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entity, or <see langword="null"/> when no item has that key.</returns>
    Task<T?> GetAsync(object partitionKey, object sortKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads many entities by key with BatchGetItem, in chunks of 100, retrying unprocessed keys with backoff.
    /// </summary>
    /// <param name="keys">The keys to read; each key may appear once.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The entities found, in the order of <paramref name="keys"/>, and the keys that were not found.</returns>
    Task<BatchGetResult<T>> GetManyAsync(IEnumerable<EntityKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of the entities that match a specification.</summary>
    /// <param name="specification">The specification to plan into a DynamoDB request.</param>
    /// <param name="pageSize">The most entities to return in this page (1 or more).</param>
    /// <param name="continuationToken">The token of the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The page, with a continuation token when more items may follow.</returns>
    Task<Page<T>> PageAsync(ISpecification<T> specification, int pageSize, string? continuationToken = null, CancellationToken cancellationToken = default);
}
