namespace Dynamo.Repositories;

/// <summary>
/// An entity configuration is wrong (no partition key, an unsupported property type, clashing keys on a shared
/// table...). Raised at start-up, naming the entity and the property to fix.
/// </summary>
public sealed class EntityConfigurationException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="EntityConfigurationException"/> class.</summary>
    /// <param name="message">The message, naming what to fix.</param>
    /// <param name="entityType">The entity type whose configuration is wrong.</param>
    /// <param name="propertyName">The property involved, if any.</param>
    public EntityConfigurationException(string message, Type entityType, string? propertyName = null)
        : base(message, entityType)
    {
        PropertyName = propertyName;
    }

    /// <summary>Gets the name of the property involved, or <see langword="null"/>.</summary>
    public string? PropertyName { get; }
}
