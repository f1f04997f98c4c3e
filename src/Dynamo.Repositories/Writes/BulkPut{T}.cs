using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// A put of the bulk path (no condition, the entity's own version): its item is JSON in the bulk write's buffer on the
/// wire path, a dictionary otherwise; the dictionary of a JSON put is built only if something asks for it.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class BulkPut<T> : EntityWrite
    where T : class
{
    private readonly EntityMetadata<T> _metadata;
    private readonly T _entity;
    private EntityWrite? _materialized;

    private BulkPut(EntityMetadata<T> metadata, string tableName, T entity)
        : base(WriteActionType.Put, tableName, null, null, null)
    {
        _metadata = metadata;
        _entity = entity;
    }

    /// <summary>Prepares the put of an entity and hands back the size bound of its item.</summary>
    /// <param name="metadata">The entity's metadata.</param>
    /// <param name="tableName">The physical table name.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="json">The bulk write's buffer on the wire path; null for a dictionary.</param>
    /// <param name="bound">An upper bound of the item's size, as DynamoDB counts it.</param>
    public static EntityWrite Prepare(EntityMetadata<T> metadata, string tableName, T entity, CommitJson? json, out long bound)
    {
        if (json is null)
        {
            var item = metadata.ToItem(entity);
            bound = ItemSizeEstimator.Bound(item);
            return new BulkPut<T>(metadata, tableName, entity) { Item = item };
        }

        var writer = json.Begin();
        writer.WriteStartObject();
        var written = EntityJsonWriters<T>.For(metadata).Item(entity, writer, null, out _);
        writer.WriteEndObject();
        bound = written.SizeBound;
        return new BulkPut<T>(metadata, tableName, entity) { Json = json.End() };
    }

    /// <inheritdoc/>
    public override EntityWrite Materialized() =>
        Json is null ? this : _materialized ??= new BulkPut<T>(_metadata, TableName, _entity) { Item = _metadata.ToItem(_entity) };
}
