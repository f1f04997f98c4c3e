using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>Rejects an entity whose key properties are null, before anything is staged or sent (unit of work and bulk path alike).</summary>
internal static class KeyGuard
{
    /// <summary>Throws <see cref="EntityMappingException"/> naming the null key property and the operation.</summary>
    public static void Check<T>(EntityMetadata<T> metadata, T entity, string operation)
        where T : class
    {
        var missing = metadata.PartitionKey.GetValue(entity) is null ? metadata.PartitionKey
            : metadata.SortKey is { } sortKey && sortKey.GetValue(entity) is null ? sortKey
            : null;
        if (missing is not null)
        {
            throw new EntityMappingException(
                $"Cannot stage {operation} of {metadata.DisplayName}: its key property {missing.Name} is null. Set the key before staging.",
                typeof(T),
                missing.Name);
        }
    }
}
