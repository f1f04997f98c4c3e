namespace Dynamo.Repositories;

/// <summary>
/// A commit breaks one of DynamoDB's transaction limits (at most 100 actions, at most 4 MB in all). Raised before
/// anything is sent; the staged writes stay staged. Split the work into several units of work, or use the
/// repository's non-atomic bulk methods for imports.
/// </summary>
public sealed class TransactionLimitException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="TransactionLimitException"/> class.</summary>
    /// <param name="message">The message, naming the limit, the count or the size.</param>
    /// <param name="actionCount">The number of actions the commit would send.</param>
    /// <param name="estimatedSizeBytes">The estimated size of the commit, in bytes.</param>
    public TransactionLimitException(string message, int actionCount, long estimatedSizeBytes)
        : base(message)
    {
        ActionCount = actionCount;
        EstimatedSizeBytes = estimatedSizeBytes;
    }

    /// <summary>Gets the number of actions the commit would send.</summary>
    public int ActionCount { get; }

    /// <summary>Gets the estimated size of the commit in bytes (attribute names and values, as DynamoDB counts them).</summary>
    public long EstimatedSizeBytes { get; }
}
