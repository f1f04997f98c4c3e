using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories.Query;

/// <summary>
/// GetItem, built and sent in one place: the repository's key reads (<c>GetAsync</c>, <c>GetByIdAsync</c>,
/// <c>ReloadAsync</c>) and the specifications planned into GetItem (through <see cref="PlanRunner"/>). A failure
/// becomes a <see cref="ReadFailedException"/> naming the entity, the table and the key.
/// </summary>
internal static class KeyReader
{
    /// <summary>Builds a GetItem request; DynamoDB's default (eventually consistent) is not sent.</summary>
    /// <param name="tableName">The physical table name.</param>
    /// <param name="key">The primary key.</param>
    /// <param name="consistentRead">Whether to read with strong consistency.</param>
    /// <param name="projection">The projection expression, or null to read every attribute.</param>
    /// <param name="names">The expression attribute names of the projection.</param>
    public static GetItemRequest Request(
        string tableName, Dictionary<string, AttributeValue> key, bool consistentRead, string? projection = null, Dictionary<string, string>? names = null) => new()
        {
            TableName = tableName,
            Key = key,
            ConsistentRead = consistentRead ? true : null,
            ProjectionExpression = projection,
            ExpressionAttributeNames = projection is null ? null : names,
        };

    /// <summary>Reads the entity of a key as one GetItem span; a key of the wrong shape faults the task before anything is sent.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="executor">The executor the request goes through.</param>
    /// <param name="entity">The entity's metadata.</param>
    /// <param name="tableName">The physical table name.</param>
    /// <param name="key">The key, checked against the mapped key types.</param>
    /// <param name="consistentRead">Whether to read with strong consistency.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entity, or null when no item has the key.</returns>
    public static Task<T?> ReadAsync<T>(
        IDynamoExecutor executor, EntityMetadata<T> entity, string tableName, EntityKey key, bool consistentRead, CancellationToken cancellationToken)
        where T : class
    {
        GetItemRequest request;
        try
        {
            request = Request(tableName, entity.KeyOf(key), consistentRead);
        }
        catch (EntityMappingException exception)
        {
            return Task.FromException<T?>(exception);
        }

        return SendAsync(executor, entity, request, key, EntityMaterializer<T>.For(entity), 0, static (_, found) => found.Item, cancellationToken);
    }

    /// <summary>
    /// Sends one GetItem, materializes its item with <paramref name="materializer"/> (straight from the response JSON on
    /// the wire path) and maps the answer with <paramref name="map"/>; one generic method so that a key read costs one
    /// asynchronous frame.
    /// </summary>
    /// <typeparam name="TItem">What the item becomes.</typeparam>
    /// <typeparam name="TState">What <paramref name="map"/> needs besides the item.</typeparam>
    /// <typeparam name="TResult">The result.</typeparam>
    /// <param name="executor">The executor the request goes through.</param>
    /// <param name="entity">The metadata of the entity read (for the error).</param>
    /// <param name="request">The request, from <see cref="Request"/>.</param>
    /// <param name="key">
    /// The key as the caller gave it: the read is its own GetItem span and the error names that key. Default for a
    /// plan's GetItem: the plan's span covers it and the error names the key sent.
    /// </param>
    /// <param name="materializer">Materializes the item.</param>
    /// <param name="state">The state handed to <paramref name="map"/>.</param>
    /// <param name="map">Maps the answer (whether an item was found, and the item).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<TResult> SendAsync<TItem, TState, TResult>(
        IDynamoExecutor executor,
        EntityMetadata entity,
        GetItemRequest request,
        EntityKey key,
        IItemMaterializer<TItem> materializer,
        TState state,
        Func<TState, FoundItem<TItem>, TResult> map,
        CancellationToken cancellationToken)
    {
        var operation = key.PartitionKey is not null ? DynamoOperation.Start(executor, "GetItem", request.TableName, entityType: entity.ClrType) : null;
        FoundItem<TItem> found;
        try
        {
            operation?.Enter();
            found = await executor.GetItemAsync(request, materializer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (
            ReadFailures.Map(exception, entity, "GetItem", request.TableName, null, key.PartitionKey is null ? ReadFailures.DescribeKey(entity, request.Key) : key.ToString(), cancellationToken) is { } failure)
        {
            operation?.Fail(failure);
            throw failure;
        }
        catch (Exception exception) when (DynamoOperation.Failed(operation, exception))
        {
            throw;
        }

        operation?.Complete();
        return map(state, found);
    }
}
