namespace Dynamo.Repositories;

/// <summary>
/// A commit (or a single write) failed in a way that leaves its outcome unknown: an earlier attempt may have been
/// applied (a reply lost in transit, a server error, a commit replayed with its token after its payload changed, or
/// a single write that fails its condition although the item holds exactly what it sent). No entity in memory changed
/// and the staged writes are still staged, but the table may already hold them: reload the entities before deciding.
/// </summary>
public sealed class CommitOutcomeUnknownException : UnitOfWorkException
{
    /// <summary>Initializes a new instance of the <see cref="CommitOutcomeUnknownException"/> class.</summary>
    /// <param name="message">The message, naming the entity and key involved and what to do.</param>
    /// <param name="entityType">The entity type of the write involved, if known.</param>
    /// <param name="key">A description of the key of the write involved, if known.</param>
    /// <param name="outcomes">The outcome of every staged write of the commit, in staging order.</param>
    /// <param name="innerException">The AWS exception.</param>
    public CommitOutcomeUnknownException(string message, Type? entityType = null, string? key = null, IReadOnlyList<StagedWriteOutcome>? outcomes = null, Exception? innerException = null)
        : base(message, entityType, key, outcomes, innerException)
    {
    }
}
