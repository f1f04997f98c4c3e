namespace Dynamo.Repositories;

/// <summary>
/// A continuation token passed to <c>PageAsync</c> is malformed, was edited, or belongs to another specification.
/// Start again from the first page (pass <see langword="null"/>).
/// </summary>
public sealed class InvalidContinuationTokenException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidContinuationTokenException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="entityType">The entity type being paged.</param>
    /// <param name="innerException">The decoding error, if any.</param>
    public InvalidContinuationTokenException(string message, Type entityType, Exception? innerException = null)
        : base(message, entityType, innerException: innerException)
    {
    }
}
