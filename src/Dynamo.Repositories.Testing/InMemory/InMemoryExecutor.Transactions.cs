using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>TransactWriteItems: all or nothing, cancellation reasons in action order, client request tokens.</summary>
internal sealed partial class InMemoryExecutor
{
    /// <summary>How long DynamoDB remembers a client request token.</summary>
    public static readonly TimeSpan TokenWindow = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, (string Fingerprint, DateTimeOffset At)> _tokens = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(request);
        var actions = request.TransactItems ?? [];
        if (actions.Count is 0 or > 100)
        {
            throw DynamoErrors.Validation($"1 validation error detected: Value '{actions.Count}' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100 and greater than or equal to 1");
        }

        var writes = actions.Select(Prepare).ToList();
        RejectDuplicates(writes, "Transaction request cannot include multiple operations on one item");
        if (Replayed(request))
        {
            return new TransactWriteItemsResponse();
        }

        var stored = writes.Select(w => w.Table.Find(w.Key)).ToList();
        var reasons = writes.Select((w, i) => w.Holds(stored[i])
                ? new CancellationReason { Code = "None" }
                : new CancellationReason
                {
                    Code = "ConditionalCheckFailed",
                    Message = DynamoErrors.ConditionFailedMessage,
                    Item = w.ReturnsOldOnFailure && stored[i] is { } old ? AttributeValueCopier.Copy(old) : null,
                })
            .ToList();
        if (reasons.Any(r => r.Code != "None"))
        {
            throw DynamoErrors.Canceled(reasons);
        }

        var states = writes.Select((w, i) => w.NewState(stored[i])).ToList();
        for (var i = 0; i < writes.Count; i++)
        {
            Store(writes[i], stored[i], states[i], batch: false);
        }

        if (request.ClientRequestToken is { } token)
        {
            _tokens[token] = (RequestFingerprint.Of(request), _timeProvider.GetUtcNow());
        }

        return new TransactWriteItemsResponse();
    }, cancellationToken);

    // Same token and same payload within the window: already applied, nothing to do; same token, other payload: refused.
    private bool Replayed(TransactWriteItemsRequest request)
    {
        var now = _timeProvider.GetUtcNow();
        foreach (var expired in _tokens.Where(t => now - t.Value.At >= TokenWindow).Select(t => t.Key).ToList())
        {
            _tokens.Remove(expired);
        }

        if (request.ClientRequestToken is not { } token || !_tokens.TryGetValue(token, out var seen))
        {
            return false;
        }

        return seen.Fingerprint == RequestFingerprint.Of(request) ? true : throw DynamoErrors.IdempotentMismatch();
    }

    private PreparedWrite Prepare(TransactWriteItem action) => action switch
    {
        { Put: { } put } => PreparedWrite.Put(
            Table(put.TableName), put.Item, put.ConditionExpression, put.ExpressionAttributeNames, put.ExpressionAttributeValues, put.ReturnValuesOnConditionCheckFailure),
        { Update: { } update } => PreparedWrite.Updating(
            Table(update.TableName), update.Key, update.UpdateExpression, update.ConditionExpression, update.ExpressionAttributeNames, update.ExpressionAttributeValues, update.ReturnValuesOnConditionCheckFailure),
        { Delete: { } delete } => PreparedWrite.Keyed(
            Table(delete.TableName), WriteKind.Delete, delete.Key, delete.ConditionExpression, delete.ExpressionAttributeNames, delete.ExpressionAttributeValues, delete.ReturnValuesOnConditionCheckFailure),
        { ConditionCheck: { } check } => string.IsNullOrEmpty(check.ConditionExpression)
            ? throw DynamoErrors.Validation("The ConditionCheck action requires a ConditionExpression")
            : PreparedWrite.Keyed(
                Table(check.TableName), WriteKind.Check, check.Key, check.ConditionExpression, check.ExpressionAttributeNames, check.ExpressionAttributeValues, check.ReturnValuesOnConditionCheckFailure),
        _ => throw DynamoErrors.Validation("TransactItems can only contain one of Check, Put, Update or Delete"),
    };
}
