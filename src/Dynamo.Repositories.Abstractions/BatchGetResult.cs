namespace Dynamo.Repositories;

/// <summary>The outcome of a batch key read: the entities found, in the order asked for, and the keys not found.</summary>
/// <typeparam name="T">The entity type.</typeparam>
public sealed class BatchGetResult<T>
{
    /// <summary>Initializes a new instance of the <see cref="BatchGetResult{T}"/> class.</summary>
    /// <param name="found">The entities found, in the order of the keys asked for.</param>
    /// <param name="missing">The keys for which no item exists, in the order asked for.</param>
    public BatchGetResult(IReadOnlyList<T> found, IReadOnlyList<EntityKey> missing)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(missing);
        Found = found;
        Missing = missing;
    }

    /// <summary>Gets the entities found, in the order of the keys asked for.</summary>
    public IReadOnlyList<T> Found { get; }

    /// <summary>Gets the keys for which no item exists.</summary>
    public IReadOnlyList<EntityKey> Missing { get; }
}
