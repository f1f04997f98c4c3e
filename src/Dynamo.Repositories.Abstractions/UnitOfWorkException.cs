namespace Dynamo.Repositories;

/// <summary>
/// A commit (of a unit of work, or a single write) failed after it was sent. No entity in memory changed and the
/// staged writes are still staged: reload and retry, or discard them. Nothing was written, except after a
/// <see cref="CommitOutcomeUnknownException"/>, whose commit may have been applied.
/// </summary>
public abstract class UnitOfWorkException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="UnitOfWorkException"/> class.</summary>
    /// <param name="message">The message, which names the failing entity and key and says what to do.</param>
    /// <param name="entityType">The entity type of the write at fault, if known.</param>
    /// <param name="key">A description of the key of the write at fault, if known.</param>
    /// <param name="outcomes">The outcome of every staged write, in staging order.</param>
    /// <param name="innerException">The AWS exception.</param>
    protected UnitOfWorkException(string message, Type? entityType, string? key, IReadOnlyList<StagedWriteOutcome>? outcomes, Exception? innerException)
        : base(message, entityType, key, innerException)
    {
        Outcomes = outcomes ?? [];
    }

    /// <summary>Gets the outcome of every staged write of the commit, in staging order (empty when unknown).</summary>
    public IReadOnlyList<StagedWriteOutcome> Outcomes { get; }
}
