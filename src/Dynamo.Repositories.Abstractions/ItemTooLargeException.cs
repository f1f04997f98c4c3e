namespace Dynamo.Repositories;

/// <summary>
/// An item is larger than DynamoDB allows (400 KB per item, 10 GB per item collection). Raised before sending when the estimated size is too large, or when DynamoDB refuses the item.
/// </summary>
public sealed class ItemTooLargeException : UnitOfWorkException
{
    /// <summary>Initializes a new instance of the <see cref="ItemTooLargeException"/> class.</summary>
    /// <param name="message">The message, naming the entity and key at fault and what to do.</param>
    /// <param name="entityType">The entity type of the write at fault, if known.</param>
    /// <param name="key">A description of the key of the write at fault, if known.</param>
    /// <param name="outcomes">The outcome of every staged write of the commit, in staging order.</param>
    /// <param name="innerException">The AWS exception.</param>
    public ItemTooLargeException(string message, Type? entityType = null, string? key = null, IReadOnlyList<StagedWriteOutcome>? outcomes = null, Exception? innerException = null)
        : base(message, entityType, key, outcomes, innerException)
    {
    }
}
