using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.Writes;

namespace Dynamo.Repositories;

// Reload: re-read an entity's item into the same instance, so a reload-and-retry loop needs no new instance.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    public virtual async Task<bool> ReloadAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        KeyGuard.Check(Metadata, entity, "a reload");
        var request = KeyReader.Request(TableName, Metadata.KeyOf(entity), consistentRead: true);
        var key = new EntityKey(Metadata.PartitionKey.GetValue(entity)!, Metadata.SortKey?.GetValue(entity));
        return await KeyReader.SendAsync(Context.Executor, Metadata, request, key, EntityMaterializer<T>.For(Metadata), (Metadata, entity), static (target, found) =>
        {
            if (found.Found)
            {
                EntityReload.CopyInto(target.Metadata, found.Item!, target.entity);
            }

            return found.Found;
        }, cancellationToken).ConfigureAwait(false);
    }
}
