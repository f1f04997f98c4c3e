namespace Dynamo.Repositories;

/// <summary>
/// The commit kept colliding with other transactions on the same items (TransactionConflict or TransactionInProgress) after the configured commit retries. Nothing was written; retry later.
/// </summary>
public sealed class TransactionConflictException : UnitOfWorkException
{
    /// <summary>Initializes a new instance of the <see cref="TransactionConflictException"/> class.</summary>
    /// <param name="message">The message, naming the entity and key at fault and what to do.</param>
    /// <param name="entityType">The entity type of the write at fault, if known.</param>
    /// <param name="key">A description of the key of the write at fault, if known.</param>
    /// <param name="outcomes">The outcome of every staged write of the commit, in staging order.</param>
    /// <param name="innerException">The AWS exception.</param>
    public TransactionConflictException(string message, Type? entityType = null, string? key = null, IReadOnlyList<StagedWriteOutcome>? outcomes = null, Exception? innerException = null)
        : base(message, entityType, key, outcomes, innerException)
    {
    }
}
