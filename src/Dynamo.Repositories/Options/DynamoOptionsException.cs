namespace Dynamo.Repositories.Options;

/// <summary>The options cannot produce a working DynamoDB client, e.g. no region or endpoint is known.</summary>
public sealed class DynamoOptionsException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="DynamoOptionsException"/> class.</summary>
    /// <param name="message">The message, naming the configuration keys to set.</param>
    /// <param name="innerException">The AWS SDK exception, if any.</param>
    public DynamoOptionsException(string message, Exception? innerException = null)
        : base(message, null, null, innerException)
    {
    }
}
