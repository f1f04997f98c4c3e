using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories;

// Key reads: one GetItem per call, consistent when the options say so.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    public virtual Task<T?> GetAsync(object partitionKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        return GetByKeyAsync(new EntityKey(partitionKey), cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<T?> GetAsync(object partitionKey, object sortKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(sortKey);
        return GetByKeyAsync(new EntityKey(partitionKey, sortKey), cancellationToken);
    }

    /// <summary>Reads the entity with a key (checked against the mapped key types before anything is sent).</summary>
    /// <param name="key">The key of the item.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entity, or <see langword="null"/> when no item has that key.</returns>
    protected virtual async Task<T?> GetByKeyAsync(EntityKey key, CancellationToken cancellationToken = default)
    {
        var request = new GetItemRequest
        {
            TableName = TableName,
            Key = Metadata.KeyOf(key),
            ConsistentRead = Options.ConsistentReads ? true : null, // false is DynamoDB's default: not sent
        };
        GetItemResponse response;
        var operation = DynamoOperation.Start(Context.Executor, "GetItem", TableName, entityType: typeof(T));
        try
        {
            operation?.Enter();
            response = await Context.Executor.GetItemAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (
            ReadFailures.Map(exception, Metadata, "GetItem", TableName, null, EntityMetadata<T>.DescribeKey(key), cancellationToken) is { } failure)
        {
            operation?.Fail(failure);
            throw failure;
        }
        catch (Exception exception) when (DynamoOperation.Failed(operation, exception))
        {
            throw;
        }

        operation?.Complete();
        return response.Item is { Count: > 0 } item ? Metadata.FromItem(item) : null;
    }
}
