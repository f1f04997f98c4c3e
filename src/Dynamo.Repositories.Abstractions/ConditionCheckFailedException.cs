namespace Dynamo.Repositories;

/// <summary>
/// A condition check staged with <c>Check</c> did not hold (the item is missing or does not satisfy the condition), so the commit wrote nothing.
/// </summary>
public sealed class ConditionCheckFailedException : UnitOfWorkException
{
    /// <summary>Initializes a new instance of the <see cref="ConditionCheckFailedException"/> class.</summary>
    /// <param name="message">The message, naming the entity and key at fault and what to do.</param>
    /// <param name="entityType">The entity type of the write at fault, if known.</param>
    /// <param name="key">A description of the key of the write at fault, if known.</param>
    /// <param name="outcomes">The outcome of every staged write of the commit, in staging order.</param>
    /// <param name="innerException">The AWS exception.</param>
    public ConditionCheckFailedException(string message, Type? entityType = null, string? key = null, IReadOnlyList<StagedWriteOutcome>? outcomes = null, Exception? innerException = null)
        : base(message, entityType, key, outcomes, innerException)
    {
    }
}
