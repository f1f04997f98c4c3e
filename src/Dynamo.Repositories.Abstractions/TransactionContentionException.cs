namespace Dynamo.Repositories;

/// <summary>
/// The commit kept colliding with other transactions on the same items (TransactionConflict or TransactionInProgress) after the configured commit retries. Nothing was written; retry later.
/// (Named apart from the AWS SDK's <c>Amazon.DynamoDBv2.Model.TransactionConflictException</c>, so that code importing both namespaces needs no qualification.)
/// </summary>
public sealed class TransactionContentionException : UnitOfWorkException
{
    /// <summary>Initializes a new instance of the <see cref="TransactionContentionException"/> class.</summary>
    /// <param name="message">The message, naming the entity and key at fault and what to do.</param>
    /// <param name="entityType">The entity type of the write at fault, if known.</param>
    /// <param name="key">A description of the key of the write at fault, if known.</param>
    /// <param name="outcomes">The outcome of every staged write of the commit, in staging order.</param>
    /// <param name="innerException">The AWS exception.</param>
    public TransactionContentionException(string message, Type? entityType = null, string? key = null, IReadOnlyList<StagedWriteOutcome>? outcomes = null, Exception? innerException = null)
        : base(message, entityType, key, outcomes, innerException)
    {
    }
}
