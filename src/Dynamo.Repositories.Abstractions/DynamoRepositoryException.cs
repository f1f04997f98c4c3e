namespace Dynamo.Repositories;

/// <summary>
/// The base of every error raised by Dynamo.Repositories. It names the entity type and key involved and keeps
/// the AWS exception, if any, as <see cref="Exception.InnerException"/>. Messages never carry credentials or
/// non-key attribute values.
/// </summary>
public abstract class DynamoRepositoryException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DynamoRepositoryException"/> class.</summary>
    /// <param name="message">The message, which says what went wrong and what to do.</param>
    /// <param name="entityType">The entity type involved, if any.</param>
    /// <param name="key">A description of the key involved, if any.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    protected DynamoRepositoryException(string message, Type? entityType = null, string? key = null, Exception? innerException = null)
        : base(message, innerException)
    {
        EntityType = entityType;
        Key = key;
    }

    /// <summary>Gets the entity type involved, or <see langword="null"/> when the error concerns no single entity type.</summary>
    public Type? EntityType { get; }

    /// <summary>Gets a description of the key involved, such as <c>(customer-1, order-7)</c>, or <see langword="null"/>.</summary>
    public string? Key { get; }
}
