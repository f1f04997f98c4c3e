namespace Dynamo.Repositories;

/// <summary>
/// A batch request (BatchGetItem or BatchWriteItem) still had unprocessed keys or items after every retry with
/// backoff. Nothing is dropped silently: retry later, or lower the load on the table.
/// </summary>
public sealed class BatchIncompleteException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="BatchIncompleteException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="entityType">The entity type of the batch.</param>
    /// <param name="unprocessedCount">How many keys or items were still unprocessed.</param>
    /// <param name="innerException">The last AWS exception, if any.</param>
    public BatchIncompleteException(string message, Type entityType, int unprocessedCount, Exception? innerException = null)
        : base(message, entityType, innerException: innerException)
    {
        UnprocessedCount = unprocessedCount;
    }

    /// <summary>Gets how many keys or items were still unprocessed.</summary>
    public int UnprocessedCount { get; }
}
