namespace Dynamo.Repositories;

/// <summary>
/// The same item is written twice in one unit of work in a way whose meaning is ambiguous (for example Delete then
/// Update, or two different instances with the same key). DynamoDB cannot write one item twice in a transaction.
/// Raised when staging or before anything is sent.
/// </summary>
public sealed class DuplicateWriteException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="DuplicateWriteException"/> class.</summary>
    /// <param name="message">The message, naming the entity, the key and the two writes.</param>
    /// <param name="entityType">The entity type.</param>
    /// <param name="key">A description of the key written twice.</param>
    public DuplicateWriteException(string message, Type entityType, string key)
        : base(message, entityType, key)
    {
    }
}
