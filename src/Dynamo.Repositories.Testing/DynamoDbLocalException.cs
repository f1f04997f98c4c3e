namespace Dynamo.Repositories.Testing;

/// <summary>
/// Raised when <see cref="DynamoDbLocal"/> cannot provide a running DynamoDB Local: Java or npm missing, a download
/// whose hash does not match, an emulator that exits early or never answers, an endpoint that does not answer.
/// The message says what went wrong and what to install or set.
/// </summary>
public sealed class DynamoDbLocalException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DynamoDbLocalException"/> class.</summary>
    /// <param name="message">The message, which says what went wrong and what to do.</param>
    public DynamoDbLocalException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DynamoDbLocalException"/> class.</summary>
    /// <param name="message">The message, which says what went wrong and what to do.</param>
    /// <param name="innerException">The underlying exception.</param>
    public DynamoDbLocalException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
