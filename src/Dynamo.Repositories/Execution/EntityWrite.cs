using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Execution;

/// <summary>
/// One write as the executors send it: the parts of a conditional PutItem, UpdateItem, DeleteItem or ConditionCheck
/// (also an action of a TransactWriteItems, or a put or delete of a BatchWriteItem). The item of a Put, or the values
/// of an Update, are either dictionaries (the SDK's shapes) or, for an executor that writes JSON itself
/// (<see cref="IDynamoExecutor.PreparesEntityJson"/>), the JSON the entity's writer prepared (<see cref="Json"/>):
/// then no <see cref="AttributeValue"/> of them exists, and <see cref="Materialized"/> builds the dictionaries only if
/// an executor asks for the SDK's shapes.
/// </summary>
/// <param name="type">The operation.</param>
/// <param name="tableName">The physical table name.</param>
/// <param name="condition">The condition expression, if any.</param>
/// <param name="names">The expression attribute names (null or empty when none).</param>
/// <param name="values">The expression attribute values (null or empty when none, or when they are in <see cref="Json"/>).</param>
internal class EntityWrite(WriteActionType type, string tableName, string? condition, Dictionary<string, string>? names, Dictionary<string, AttributeValue>? values)
{
    /// <summary>Gets the operation sent.</summary>
    public WriteActionType Type { get; } = type;

    /// <summary>Gets the physical table name.</summary>
    public string TableName { get; } = tableName;

    /// <summary>Gets the condition expression, if any.</summary>
    public string? ConditionExpression { get; } = condition;

    /// <summary>Gets the expression attribute names (null when none; may be shared and must not be changed).</summary>
    public Dictionary<string, string>? Names { get; } = names is { Count: > 0 } ? names : null;

    /// <summary>Gets the expression attribute values (null when none, or when <see cref="Json"/> holds them).</summary>
    public Dictionary<string, AttributeValue>? Values { get; } = values is { Count: > 0 } ? values : null;

    /// <summary>Gets the primary key of the item (for a Put, projected from the item on first use).</summary>
    public Dictionary<string, AttributeValue> Key
    {
        get => field ??= ProjectKey();
        init => field = value;
    }

    /// <summary>Gets the whole item of a Put (null when <see cref="Json"/> holds it).</summary>
    public Dictionary<string, AttributeValue>? Item { get; init; }

    /// <summary>Gets the update expression, for an Update.</summary>
    public string? UpdateExpression { get; init; }

    /// <summary>
    /// Gets the JSON prepared for an executor that writes it itself: a Put's item, or an Update's expression attribute
    /// values (the expected version included); null when the write carries dictionaries.
    /// </summary>
    public PreparedJson? Json { get; init; }

    /// <summary>
    /// Gets a value indicating whether DynamoDB is asked to return the stored item when the condition fails
    /// (ReturnValuesOnConditionCheckFailure = ALL_OLD).
    /// </summary>
    public bool ReturnsStoredItemOnFailure { get; init; } = true;

    /// <summary>Gets what DynamoDB returns when the condition fails (ALL_OLD, or null for nothing).</summary>
    internal ReturnValuesOnConditionCheckFailure? OnConditionFailure =>
        ReturnsStoredItemOnFailure ? ReturnValuesOnConditionCheckFailure.ALL_OLD : null;

    /// <summary>Returns this write with dictionaries for its item and values (itself when it has no prepared JSON).</summary>
    public virtual EntityWrite Materialized() => Json is null
        ? this
        : throw new InvalidOperationException($"A {Type} of {TableName} was prepared as JSON and cannot be turned back into the SDK's shapes.");

    /// <summary>Builds the action of a TransactWriteItems request.</summary>
    public TransactWriteItem ToTransactItem() => Type switch
    {
        WriteActionType.Put => new() { Put = WriteRequestParts.Fill(new Put(), this) },
        WriteActionType.Update => new() { Update = WriteRequestParts.Fill(new Update(), this) },
        WriteActionType.Delete => new() { Delete = WriteRequestParts.Fill(new Delete(), this) },
        _ => new() { ConditionCheck = WriteRequestParts.Fill(new ConditionCheck(), this) },
    };

    /// <summary>Builds the single conditional PutItem request.</summary>
    public PutItemRequest ToPutItemRequest() => WriteRequestParts.Fill(new PutItemRequest(), this);

    /// <summary>Builds the single conditional UpdateItem request.</summary>
    public UpdateItemRequest ToUpdateItemRequest() => WriteRequestParts.Fill(new UpdateItemRequest(), this);

    /// <summary>Builds the single conditional DeleteItem request.</summary>
    public DeleteItemRequest ToDeleteItemRequest() => WriteRequestParts.Fill(new DeleteItemRequest(), this);

    /// <summary>Builds the write of a BatchWriteItem request (a Put, or a Delete by key; batches take no condition).</summary>
    public WriteRequest ToWriteRequest() => Type == WriteActionType.Put
        ? new WriteRequest { PutRequest = new PutRequest { Item = Item } }
        : new WriteRequest { DeleteRequest = new DeleteRequest { Key = Key } };

    /// <summary>Projects the key of a write that holds only its item.</summary>
    protected virtual Dictionary<string, AttributeValue> ProjectKey() =>
        throw new InvalidOperationException($"The {Type} of {TableName} has no key.");
}
