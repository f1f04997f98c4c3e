using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// One staged write turned into the parts of a DynamoDB request at commit time. It becomes either a single
/// conditional request or one action of a TransactWriteItems request; both are built from the same parts.
/// </summary>
/// <param name="source">The staged write this action was prepared from.</param>
/// <param name="type">The operation sent.</param>
/// <param name="condition">The condition expression, if any.</param>
/// <param name="names">The expression attribute names (ignored without a condition or update expression).</param>
/// <param name="values">The expression attribute values (null when none).</param>
/// <param name="sized">The attributes whose size counts against DynamoDB's limits (the whole item, or the key).</param>
internal sealed class WriteAction(
    StagedWrite source,
    WriteActionType type,
    string? condition,
    Dictionary<string, string>? names,
    Dictionary<string, AttributeValue>? values,
    Dictionary<string, AttributeValue> sized)
{
    private long? _estimatedSize;

    /// <summary>Gets the staged write this action was prepared from.</summary>
    public StagedWrite Source { get; } = source;

    /// <summary>Gets the operation sent.</summary>
    public WriteActionType Type { get; } = type;

    /// <summary>Gets the physical table name.</summary>
    public string TableName => Source.TableName;

    /// <summary>Gets the condition expression, if any.</summary>
    public string? ConditionExpression { get; } = condition;

    /// <summary>Gets the expression attribute names (null when none; may be shared and must not be changed).</summary>
    public Dictionary<string, string>? Names { get; } = names is { Count: > 0 } ? names : null;

    /// <summary>Gets the expression attribute values (null when none).</summary>
    public Dictionary<string, AttributeValue>? Values { get; } = values is { Count: > 0 } ? values : null;

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

    /// <summary>Gets a value indicating whether the key is read from the item rather than held in <see cref="Key"/>.</summary>
    internal bool KeyFromItem => Item is not null;

    /// <summary>Gets the whole item, for a Put.</summary>
    public Dictionary<string, AttributeValue>? Item { get; init; }

    /// <summary>Gets the update expression, for an Update.</summary>
    public string? UpdateExpression { get; init; }

    /// <summary>Gets the attributes whose size counts against DynamoDB's limits (the whole item, or the key).</summary>
    public Dictionary<string, AttributeValue> Sized { get; } = sized;

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
    public string KeyDescription => field ??= Source.DescribeKey();

    /// <summary>Builds the action of a TransactWriteItems request.</summary>
    public TransactWriteItem ToTransactItem() => Type switch
    {
        WriteActionType.Put => new() { Put = WriteRequestParts.Fill(new Put { Item = Item }, this) },
        WriteActionType.Update => new() { Update = WriteRequestParts.Fill(new Update { Key = Key, UpdateExpression = UpdateExpression }, this) },
        WriteActionType.Delete => new() { Delete = WriteRequestParts.Fill(new Delete { Key = Key }, this) },
        _ => new() { ConditionCheck = WriteRequestParts.Fill(new ConditionCheck { Key = Key }, this) },
    };

    /// <summary>Builds the single conditional PutItem request.</summary>
    public PutItemRequest ToPutItemRequest() => WriteRequestParts.Fill(new PutItemRequest { Item = Item }, this);

    /// <summary>Builds the single conditional UpdateItem request.</summary>
    public UpdateItemRequest ToUpdateItemRequest() =>
        WriteRequestParts.Fill(new UpdateItemRequest { Key = Key, UpdateExpression = UpdateExpression }, this);

    /// <summary>Builds the single conditional DeleteItem request.</summary>
    public DeleteItemRequest ToDeleteItemRequest() => WriteRequestParts.Fill(new DeleteItemRequest { Key = Key }, this);

    /// <summary>Gets what DynamoDB returns when the condition fails (ALL_OLD, or null for nothing).</summary>
    internal ReturnValuesOnConditionCheckFailure? OnConditionFailure =>
        ReturnsStoredItemOnFailure ? ReturnValuesOnConditionCheckFailure.ALL_OLD : null;

    private Dictionary<string, AttributeValue> ProjectKey()
    {
        if (Item is null)
        {
            throw new InvalidOperationException("The write action has neither a key nor an item to read it from.");
        }

        var partitionName = Source.Metadata.PartitionKey.AttributeName;
        var sortName = Source.Metadata.SortKey?.AttributeName;
        var key = new Dictionary<string, AttributeValue>(sortName is null ? 1 : 2, StringComparer.Ordinal)
        {
            [partitionName] = Written.Partition ?? Item[partitionName],
        };
        if (sortName is not null)
        {
            key[sortName] = Written.Sort ?? Item[sortName];
        }

        return key;
    }
}
