namespace Dynamo.Repositories;

/// <summary>
/// A write's version or existence condition failed: the stored item changed since it was loaded, an item with the
/// key of an added entity already exists, or an updated or deleted item no longer exists. Reload and retry, or discard.
/// </summary>
public sealed class ConcurrencyConflictException : UnitOfWorkException
{
    /// <summary>Initializes a new instance of the <see cref="ConcurrencyConflictException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="entityType">The entity type whose write failed.</param>
    /// <param name="key">A description of the key whose write failed.</param>
    /// <param name="expectedVersion">The version the write expected, if the entity is versioned.</param>
    /// <param name="storedVersion">The version stored in DynamoDB, when DynamoDB returned it.</param>
    /// <param name="innerException">The AWS exception.</param>
    /// <param name="outcomes">The outcome of every staged write of the commit, in staging order.</param>
    public ConcurrencyConflictException(
        string message,
        Type entityType,
        string key,
        long? expectedVersion = null,
        long? storedVersion = null,
        Exception? innerException = null,
        IReadOnlyList<StagedWriteOutcome>? outcomes = null)
        : base(message, entityType, key, outcomes, innerException)
    {
        ExpectedVersion = expectedVersion;
        StoredVersion = storedVersion;
    }

    /// <summary>Gets the version the write expected to find, or <see langword="null"/> for unversioned entities.</summary>
    public long? ExpectedVersion { get; }

    /// <summary>
    /// Gets the version found in DynamoDB, or <see langword="null"/> when it is unknown, the item does not exist, or the
    /// failed write was an Add (an Add fails only because the item exists, so the stored item is not requested).
    /// </summary>
    public long? StoredVersion { get; }
}
