namespace Dynamo.Repositories;

/// <summary>
/// DynamoDB kept answering with server errors (HTTP 5xx), or the connection kept failing, after the AWS SDK's retries.
/// A server error or a lost reply leaves the outcome unknown (the message says so): reload before retrying. A
/// transaction resent by the SDK keeps its ClientRequestToken, so it never applies twice.
/// </summary>
public sealed class DynamoUnavailableException : UnitOfWorkException
{
    /// <summary>Initializes a new instance of the <see cref="DynamoUnavailableException"/> class.</summary>
    /// <param name="message">The message, naming the entity and key at fault and what to do.</param>
    /// <param name="entityType">The entity type of the write at fault, if known.</param>
    /// <param name="key">A description of the key of the write at fault, if known.</param>
    /// <param name="outcomes">The outcome of every staged write of the commit, in staging order.</param>
    /// <param name="innerException">The AWS exception.</param>
    public DynamoUnavailableException(string message, Type? entityType = null, string? key = null, IReadOnlyList<StagedWriteOutcome>? outcomes = null, Exception? innerException = null)
        : base(message, entityType, key, outcomes, innerException)
    {
    }
}
