using Amazon.DynamoDBv2.Model;
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
        var request = new GetItemRequest { TableName = TableName, Key = Metadata.KeyOf(entity), ConsistentRead = true };
        GetItemResponse response;
        try
        {
            response = await Context.Executor.GetItemAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (
            ReadFailures.Map(exception, Metadata, "GetItem", TableName, null, Metadata.DescribeKey(entity), cancellationToken) is { } failure)
        {
            throw failure;
        }

        if (response.Item is not { Count: > 0 } item)
        {
            return false;
        }

        EntityReload.CopyInto(Metadata, item, entity);
        return true;
    }
}
