using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// One staged write turned into the parts of a DynamoDB request at commit time. It becomes either a single
/// conditional request or one action of a TransactWriteItems request; both are built from the same parts. Prepared for
/// an executor that writes JSON, its item (or an update's values) is JSON in the commit's buffer, and the dictionaries
/// are built only if something asks for them (an exact size estimate near a limit, an executor that wants the SDK's shapes).
/// </summary>
/// <param name="source">The staged write this action was prepared from.</param>
/// <param name="type">The operation sent.</param>
/// <param name="condition">The condition expression, if any.</param>
/// <param name="names">The expression attribute names (ignored without a condition or update expression).</param>
/// <param name="values">The expression attribute values (null when none).</param>
/// <param name="sized">The attributes whose size counts against DynamoDB's limits (the whole item, or the key); null when the item was prepared as JSON.</param>
internal sealed class WriteAction(
    StagedWrite source,
    WriteActionType type,
    string? condition,
    Dictionary<string, string>? names,
    Dictionary<string, AttributeValue>? values,
    Dictionary<string, AttributeValue>? sized)
    : EntityWrite(type, source.TableName, condition, names, values)
{
    private long? _estimatedSize;
    private Dictionary<string, AttributeValue>? _sized = sized;
    private WriteAction? _materialized;

    /// <summary>Gets the staged write this action was prepared from.</summary>
    public StagedWrite Source { get; } = source;

    /// <summary>
    /// Gets what the entity's writer handed back: key values and the size bound of <see cref="Sized"/> (default when the
    /// action does not carry the written item, as for a Delete or a condition check).
    /// </summary>
    public WrittenItem Written { get; init; }

    /// <summary>Gets a value indicating whether the key is read from the item rather than held in <see cref="EntityWrite.Key"/>.</summary>
    internal bool KeyFromItem => Item is not null;

    /// <summary>Gets the attributes whose size counts against DynamoDB's limits (the whole item, or the key; built now when the item was prepared as JSON).</summary>
    public Dictionary<string, AttributeValue> Sized => _sized ??= ((WriteAction)Materialized()).Sized;

    /// <summary>Gets the estimated size in bytes, as DynamoDB counts it (computed on first use).</summary>
    public long EstimatedSize => _estimatedSize ??= ItemSizeEstimator.Estimate(Sized);

    /// <summary>Gets a cheap upper bound of <see cref="EstimatedSize"/>: the one the writer added up, or one computed now.</summary>
    public long SizeBound => _estimatedSize ?? (Written.Partition is not null ? Written.SizeBound : ItemSizeEstimator.Bound(Sized));

    /// <summary>Gets the version the condition expects stored, for versioned entities (null when absent or unversioned).</summary>
    public long? ExpectedVersion { get; init; }

    /// <summary>Gets the version written, to set on the entity when the commit succeeds; null when nothing changes.</summary>
    public long? NewVersion { get; init; }

    /// <summary>Gets a description of the key, for messages (formatted on first use: only error messages need it).</summary>
    public string KeyDescription => field ??= Source.DescribeKey();

    /// <inheritdoc/>
    /// <remarks>Prepares the staged write again, with dictionaries: the entity is the one this action was prepared from, unchanged since.</remarks>
    public override EntityWrite Materialized() => Json is null ? this : _materialized ??= Source.Prepare(null);

    /// <inheritdoc/>
    protected override Dictionary<string, AttributeValue> ProjectKey()
    {
        var partitionName = Source.Metadata.PartitionKey.AttributeName;
        var sortName = Source.Metadata.SortKey?.AttributeName;
        if (Written.Partition is null && Item is null)
        {
            throw new InvalidOperationException("The write action has neither a key nor an item to read it from.");
        }

        var key = new Dictionary<string, AttributeValue>(sortName is null ? 1 : 2, StringComparer.Ordinal)
        {
            [partitionName] = Written.Partition ?? Item![partitionName],
        };
        if (sortName is not null)
        {
            key[sortName] = Written.Sort ?? Item![sortName];
        }

        return key;
    }
}
