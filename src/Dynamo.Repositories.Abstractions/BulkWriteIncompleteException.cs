namespace Dynamo.Repositories;

/// <summary>
/// A non-atomic bulk write could not write every item: DynamoDB kept returning unprocessed items (or kept failing)
/// after the configured retries. The items counted in <see cref="WrittenCount"/> are written; the others are not.
/// </summary>
public sealed class BulkWriteIncompleteException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="BulkWriteIncompleteException"/> class.</summary>
    /// <param name="message">The message, naming the entity type and how many items were not written.</param>
    /// <param name="entityType">The entity type.</param>
    /// <param name="writtenCount">How many items were written.</param>
    /// <param name="notWrittenCount">How many items were not written.</param>
    /// <param name="innerException">The last AWS exception, if any.</param>
    public BulkWriteIncompleteException(string message, Type entityType, int writtenCount, int notWrittenCount, Exception? innerException = null)
        : base(message, entityType, innerException: innerException)
    {
        WrittenCount = writtenCount;
        NotWrittenCount = notWrittenCount;
    }

    /// <summary>Gets how many items were written.</summary>
    public int WrittenCount { get; }

    /// <summary>Gets how many items were not written.</summary>
    public int NotWrittenCount { get; }
}
