using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// One staged write turned into the parts of a DynamoDB request at commit time. It becomes either a single
/// conditional request or one action of a TransactWriteItems request.
/// </summary>
internal sealed class WriteAction
{
    private long? _estimatedSize;

    /// <summary>Gets the staged write this action was prepared from.</summary>
    public required StagedWrite Source { get; init; }

    /// <summary>Gets the operation sent.</summary>
    public required WriteActionType Type { get; init; }

    /// <summary>Gets the physical table name.</summary>
    public required string TableName { get; init; }

    /// <summary>Gets the primary key of the item (for a Put, projected from <see cref="Item"/> on first use).</summary>
    public Dictionary<string, AttributeValue> Key
    {
        get => field ??= ProjectKey();
        init => field = value;
    }

    /// <summary>
    /// Gets what the entity's writer handed back: key values and the size bound of <see cref="Sized"/> (default when the
    /// action does not carry the written item, as for a Delete or a condition check).
    /// </summary>
    public WrittenItem Written { get; init; }

    /// <summary>Gets the partition key attribute name, for a Put whose key is projected from its item.</summary>
    public string? PartitionKeyAttribute { get; init; }

    /// <summary>Gets the sort key attribute name (null when none), for a Put whose key is projected from its item.</summary>
    public string? SortKeyAttribute { get; init; }

    /// <summary>Gets a value indicating whether the key is read from the item rather than held in <see cref="Key"/>.</summary>
    internal bool KeyFromItem => Item is not null && PartitionKeyAttribute is not null;

    /// <summary>Gets the whole item, for a Put.</summary>
    public Dictionary<string, AttributeValue>? Item { get; init; }

    /// <summary>Gets the update expression, for an Update.</summary>
    public string? UpdateExpression { get; init; }

    /// <summary>Gets the condition expression, if any.</summary>
    public string? ConditionExpression { get; init; }

    /// <summary>Gets the expression attribute names (null when none; may be shared and must not be changed).</summary>
    public Dictionary<string, string>? Names { get; init; }

    /// <summary>Gets the expression attribute values (null when none).</summary>
    public Dictionary<string, AttributeValue>? Values { get; init; }

    /// <summary>Gets the attributes whose size counts against DynamoDB's limits (the whole item, or the key).</summary>
    public Dictionary<string, AttributeValue>? Sized { get; init; }

    /// <summary>Gets the estimated size in bytes, as DynamoDB counts it (computed on first use).</summary>
    public long EstimatedSize => _estimatedSize ??= ItemSizeEstimator.Estimate(Sized);

    /// <summary>Gets a cheap upper bound of <see cref="EstimatedSize"/>: the one the writer added up, or one computed now.</summary>
    public long SizeBound => _estimatedSize ?? (Written.Partition is not null ? Written.SizeBound : ItemSizeEstimator.Bound(Sized));

    /// <summary>Gets the version the condition expects stored, for versioned entities (null when absent or unversioned).</summary>
    public long? ExpectedVersion { get; init; }

    /// <summary>Gets the version written, to set on the entity when the commit succeeds; null when nothing changes.</summary>
    public long? NewVersion { get; init; }

    /// <summary>
    /// Gets a value indicating whether DynamoDB is asked to return the stored item when the condition fails
    /// (ReturnValuesOnConditionCheckFailure = ALL_OLD). The failure message of an Update, Upsert or Delete depends on it
    /// (missing item or stale version); an Add fails only when the item exists, so an Add does not ask for it.
    /// </summary>
    public bool ReturnsStoredItemOnFailure { get; init; } = true;

    /// <summary>Gets a description of the key, for messages (formatted on first use: only error messages need it).</summary>
    public string KeyDescription
    {
        get => field ??= Source.DescribeKey();
        init => field = value;
    }

    /// <summary>Builds the action of a TransactWriteItems request.</summary>
    public TransactWriteItem ToTransactItem() => Type switch
    {
        WriteActionType.Put => new TransactWriteItem
        {
            Put = new Put
            {
                TableName = TableName,
                Item = Item,
                ConditionExpression = ConditionExpression,
                ExpressionAttributeNames = Names,
                ExpressionAttributeValues = Values,
                ReturnValuesOnConditionCheckFailure = OnConditionFailure,
            },
        },
        WriteActionType.Update => new TransactWriteItem
        {
            Update = new Update
            {
                TableName = TableName,
                Key = Key,
                UpdateExpression = UpdateExpression,
                ConditionExpression = ConditionExpression,
                ExpressionAttributeNames = Names,
                ExpressionAttributeValues = Values,
                ReturnValuesOnConditionCheckFailure = OnConditionFailure,
            },
        },
        WriteActionType.Delete => new TransactWriteItem
        {
            Delete = new Delete
            {
                TableName = TableName,
                Key = Key,
                ConditionExpression = ConditionExpression,
                ExpressionAttributeNames = Names,
                ExpressionAttributeValues = Values,
                ReturnValuesOnConditionCheckFailure = OnConditionFailure,
            },
        },
        _ => new TransactWriteItem
        {
            ConditionCheck = new ConditionCheck
            {
                TableName = TableName,
                Key = Key,
                ConditionExpression = ConditionExpression,
                ExpressionAttributeNames = Names,
                ExpressionAttributeValues = Values,
                ReturnValuesOnConditionCheckFailure = OnConditionFailure,
            },
        },
    };

    private ReturnValuesOnConditionCheckFailure? OnConditionFailure =>
        ReturnsStoredItemOnFailure ? ReturnValuesOnConditionCheckFailure.ALL_OLD : null;

    private Dictionary<string, AttributeValue> ProjectKey()
    {
        if (!KeyFromItem)
        {
            throw new InvalidOperationException("The write action has neither a key nor an item to read it from.");
        }

        var key = new Dictionary<string, AttributeValue>(SortKeyAttribute is null ? 1 : 2, StringComparer.Ordinal)
        {
            [PartitionKeyAttribute!] = Written.Partition ?? Item![PartitionKeyAttribute!],
        };
        if (SortKeyAttribute is not null)
        {
            key[SortKeyAttribute] = Written.Sort ?? Item![SortKeyAttribute];
        }

        return key;
    }

    /// <summary>Builds the single conditional PutItem request.</summary>
    public PutItemRequest ToPutItemRequest() => new()
    {
        TableName = TableName,
        Item = Item,
        ConditionExpression = ConditionExpression,
        ExpressionAttributeNames = Names,
        ExpressionAttributeValues = Values,
        ReturnValuesOnConditionCheckFailure = OnConditionFailure,
    };

    /// <summary>Builds the single conditional UpdateItem request.</summary>
    public UpdateItemRequest ToUpdateItemRequest() => new()
    {
        TableName = TableName,
        Key = Key,
        UpdateExpression = UpdateExpression,
        ConditionExpression = ConditionExpression,
        ExpressionAttributeNames = Names,
        ExpressionAttributeValues = Values,
        ReturnValuesOnConditionCheckFailure = OnConditionFailure,
    };

    /// <summary>Builds the single conditional DeleteItem request.</summary>
    public DeleteItemRequest ToDeleteItemRequest() => new()
    {
        TableName = TableName,
        Key = Key,
        ConditionExpression = ConditionExpression,
        ExpressionAttributeNames = Names,
        ExpressionAttributeValues = Values,
        ReturnValuesOnConditionCheckFailure = OnConditionFailure,
    };
}
