using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>The single conditional writes: PutItem, UpdateItem, DeleteItem.</summary>
internal sealed partial class InMemoryExecutor
{
    /// <inheritdoc/>
    public Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(request);
        var write = PreparedWrite.Put(
            Table(request.TableName), request.Item, request.ConditionExpression, request.ExpressionAttributeNames, request.ExpressionAttributeValues, request.ReturnValuesOnConditionCheckFailure);
        var (old, _) = ApplySingle(write);
        return new PutItemResponse { Attributes = request.ReturnValues == ReturnValue.ALL_OLD ? old : null };
    }, cancellationToken);

    /// <inheritdoc/>
    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(request);
        var write = PreparedWrite.Updating(
            Table(request.TableName), request.Key, request.UpdateExpression, request.ConditionExpression, request.ExpressionAttributeNames, request.ExpressionAttributeValues, request.ReturnValuesOnConditionCheckFailure);
        var (old, updated) = ApplySingle(write);
        return new UpdateItemResponse
        {
            Attributes = request.ReturnValues == ReturnValue.ALL_OLD ? old
                : request.ReturnValues == ReturnValue.ALL_NEW ? AttributeValueCopier.Copy(updated!)
                : request.ReturnValues == ReturnValue.UPDATED_OLD ? Updated(old, write.UpdatedAttributes)
                : request.ReturnValues == ReturnValue.UPDATED_NEW ? Updated(updated, write.UpdatedAttributes)
                : null,
        };
    }, cancellationToken);

    /// <inheritdoc/>
    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(request);
        var write = PreparedWrite.Keyed(
            Table(request.TableName), WriteKind.Delete, request.Key, request.ConditionExpression, request.ExpressionAttributeNames, request.ExpressionAttributeValues, request.ReturnValuesOnConditionCheckFailure);
        var (old, _) = ApplySingle(write);
        return new DeleteItemResponse { Attributes = request.ReturnValues == ReturnValue.ALL_OLD ? old : null };
    }, cancellationToken);

    /// <inheritdoc/>
    public Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(request);
        var writes = (request.RequestItems ?? []).SelectMany(t => t.Value.Select(w => w.PutRequest is { } put
                ? PreparedWrite.Put(Table(t.Key), put.Item, null, null, null, null)
                : PreparedWrite.Keyed(Table(t.Key), WriteKind.Delete, w.DeleteRequest?.Key, null, null, null, null)))
            .ToList();
        if (writes.Count is 0 or > 25)
        {
            throw DynamoErrors.Validation($"1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
        }

        RejectDuplicates(writes, "Provided list of item keys contains duplicates");
        foreach (var write in writes)
        {
            var stored = write.Table.Find(write.Key);
            Store(write, stored, write.NewState(stored), batch: true);
        }

        return new BatchWriteItemResponse { UnprocessedItems = [] };
    }, cancellationToken);

    // Checks the condition against the stored item; on success stores the new state and returns the old and new items (copies).
    private (Dictionary<string, AttributeValue>? Old, Dictionary<string, AttributeValue>? New) ApplySingle(PreparedWrite write)
    {
        var stored = write.Table.Find(write.Key);
        if (!write.Holds(stored))
        {
            throw DynamoErrors.ConditionFailed(write.ReturnsOldOnFailure && stored is not null ? AttributeValueCopier.Copy(stored) : null);
        }

        var updated = write.NewState(stored);
        Store(write, stored, updated, batch: false);
        return (stored is null ? null : AttributeValueCopier.Copy(stored), updated);
    }

    private void Store(PreparedWrite write, Dictionary<string, AttributeValue>? stored, Dictionary<string, AttributeValue>? state, bool batch)
    {
        if (write.Kind == WriteKind.Check)
        {
            return;
        }

        if (state is null)
        {
            write.Table.Remove(write.Key);
        }
        else
        {
            write.Table.Put(state);
        }

        _changes.Add(new ItemChange(
            write.Table.Schema.Name,
            AttributeValueCopier.Copy(write.Key),
            stored is null ? null : AttributeValueCopier.Copy(stored),
            state is null ? null : AttributeValueCopier.Copy(state),
            batch));
    }

    // UPDATED_OLD / UPDATED_NEW: only the attributes the update expression changed (top-level names), as they were or are.
    private static Dictionary<string, AttributeValue>? Updated(Dictionary<string, AttributeValue>? item, IReadOnlyCollection<string> names)
    {
        var kept = item?.Where(a => names.Contains(a.Key)).ToDictionary(a => a.Key, a => AttributeValueCopier.Copy(a.Value), StringComparer.Ordinal);
        return kept is { Count: > 0 } ? kept : null;
    }

    private static void RejectDuplicates(List<PreparedWrite> writes, string message)
    {
        for (var i = 0; i < writes.Count; i++)
        {
            for (var j = i + 1; j < writes.Count; j++)
            {
                if (writes[i].Table == writes[j].Table && writes[i].Table.SameKey(writes[i].Key, writes[j].Key))
                {
                    throw DynamoErrors.Validation(message);
                }
            }
        }
    }
}
