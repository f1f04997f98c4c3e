using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>Rejects an entity whose key properties are null, before anything is staged or sent (unit of work and bulk path alike).</summary>
internal static class KeyGuard
{
    /// <summary>Throws <see cref="EntityMappingException"/> naming the null key property and the operation.</summary>
    public static void Check<T>(EntityMetadata<T> metadata, T entity, string operation)
        where T : class
    {
        if (MissingKey(metadata, entity) is { } missing)
        {
            throw Null(metadata, missing, operation);
        }
    }

    /// <summary>Throws <see cref="EntityMappingException"/> naming the null key property and the staged write (the message is built only then).</summary>
    public static void Check<T>(EntityMetadata<T> metadata, T entity, StagedWriteKind kind)
        where T : class
    {
        if (MissingKey(metadata, entity) is { } missing)
        {
            throw Null(metadata, missing, "the " + kind);
        }
    }

    private static PropertyMetadata? MissingKey<T>(EntityMetadata<T> metadata, T entity)
        where T : class =>
        metadata.PartitionKey.GetValue(entity) is null ? metadata.PartitionKey
        : metadata.SortKey is { } sortKey && sortKey.GetValue(entity) is null ? sortKey
        : null;

    private static EntityMappingException Null<T>(EntityMetadata<T> metadata, PropertyMetadata missing, string operation)
        where T : class => new(
        $"Cannot stage {operation} of {metadata.DisplayName}: its key property {missing.Name} is null. Set the key before staging.",
        typeof(T),
        missing.Name);
}
