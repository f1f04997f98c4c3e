namespace Dynamo.Repositories;

/// <summary>
/// Runs around every commit of a unit of work, whichever path commits it (<see cref="IUnitOfWork.SaveChangesAsync"/>,
/// the Ardalis <c>*Async</c> write methods, <c>DeleteRangeAsync(specification)</c>), like EF Core's
/// <c>ISaveChangesInterceptor</c>. Registered in DI as a scoped service (<c>AddCommitInterceptor&lt;T&gt;()</c>), so it can take
/// the scope's repositories in its constructor and stage more writes before the commit is prepared. Every member has a
/// default implementation: override only what you need.
/// </summary>
public interface ICommitInterceptor
{
    /// <summary>
    /// Runs before the commit is prepared, when something is staged. Writes and checks staged here are part of the
    /// same commit (and count towards its limits). An exception here aborts the commit: nothing is sent, the staged
    /// writes stay staged, and the exception reaches the caller.
    /// </summary>
    /// <param name="context">The staged writes, in staging order.</param>
    /// <param name="cancellationToken">The commit's token.</param>
    /// <returns>A task.</returns>
    Task BeforeCommitAsync(CommitContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs after a successful commit, with the committed writes (versions already bumped). An exception here is
    /// logged and never reported as a failure of the commit, which is done.
    /// </summary>
    /// <param name="context">The committed writes, in staging order.</param>
    /// <param name="cancellationToken">The commit's token.</param>
    /// <returns>A task.</returns>
    Task AfterCommitAsync(CommitContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs after a failed commit (including a refusal before sending, such as a limit), before the exception reaches
    /// the caller. An exception here is logged; the caller gets the commit's own exception.
    /// </summary>
    /// <param name="context">The writes that were to be committed; they stay staged.</param>
    /// <param name="exception">The commit's exception.</param>
    /// <param name="cancellationToken">The commit's token.</param>
    /// <returns>A task.</returns>
    Task CommitFailedAsync(CommitContext context, Exception exception, CancellationToken cancellationToken) => Task.CompletedTask;
}
