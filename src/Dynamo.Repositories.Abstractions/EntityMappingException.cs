namespace Dynamo.Repositories;

/// <summary>
/// A stored attribute or a key value cannot be converted to or from its .NET property (a number that does not fit,
/// a malformed date, a key value of the wrong type). The message names the entity and the property, never the value.
/// </summary>
public sealed class EntityMappingException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="EntityMappingException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="entityType">The entity type being mapped.</param>
    /// <param name="propertyName">The property that could not be mapped.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public EntityMappingException(string message, Type entityType, string propertyName, Exception? innerException = null)
        : base(message, entityType, innerException: innerException)
    {
        PropertyName = propertyName;
    }

    /// <summary>Gets the name of the property that could not be mapped.</summary>
    public string PropertyName { get; }
}
