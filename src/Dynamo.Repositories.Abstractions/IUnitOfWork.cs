namespace Dynamo.Repositories;

/// <summary>
/// Collects the writes staged by every repository in a scope and commits them atomically: one conditional
/// write for a single staged write, one TransactWriteItems request for two to one hundred.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Gets the number of staged writes and condition checks that have not been committed.</summary>
    int PendingCount { get; }

    /// <summary>Commits every staged write atomically. Nothing is sent when nothing is staged.</summary>
    /// <param name="cancellationToken">Cancels the commit; staged writes then stay staged.</param>
    /// <returns>The number of writes and condition checks committed.</returns>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Discards every staged write without sending anything.</summary>
    void DiscardChanges();
}
