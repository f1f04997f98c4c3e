namespace Dynamo.Repositories;

/// <summary>
/// One reason DynamoDB gave for throttling a request (its <c>ThrottlingReasons</c>): the reason code, the table or
/// index throttled, and what to do about it. A write throttled because a global index cannot keep up names the index
/// (GSI write back-pressure), although the write went to the table.
/// </summary>
public sealed class DynamoThrottlingReason
{
    /// <summary>Initializes a new instance of the <see cref="DynamoThrottlingReason"/> class.</summary>
    /// <param name="reason">DynamoDB's reason code, e.g. <c>TableWriteKeyRangeThroughputExceeded</c>.</param>
    /// <param name="tableName">The throttled table, from the resource ARN, if DynamoDB named it.</param>
    /// <param name="indexName">The throttled index, from the resource ARN, when an index was throttled.</param>
    public DynamoThrottlingReason(string reason, string? tableName, string? indexName)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Reason = reason;
        TableName = tableName;
        IndexName = indexName;
        Limit = Enum.GetValues<DynamoThrottlingLimit>().FirstOrDefault(
            l => l != DynamoThrottlingLimit.Unknown && reason.EndsWith(l.ToString(), StringComparison.Ordinal));
    }

    /// <summary>Gets DynamoDB's reason code: resource (<c>Table</c> or <c>Index</c>), operation (<c>Read</c> or <c>Write</c>) and limit, e.g. <c>IndexWriteProvisionedThroughputExceeded</c>.</summary>
    public string Reason { get; }

    /// <summary>Gets the throttled table, or <see langword="null"/> when DynamoDB named no resource.</summary>
    public string? TableName { get; }

    /// <summary>Gets the throttled index, or <see langword="null"/> when the table itself was throttled.</summary>
    public string? IndexName { get; }

    /// <summary>Gets the limit exceeded.</summary>
    public DynamoThrottlingLimit Limit { get; }

    /// <summary>Gets a value indicating whether writes were throttled (otherwise reads).</summary>
    public bool IsWrite => Reason.Contains("Write", StringComparison.Ordinal);

    /// <summary>Gets what to do about this reason, in one sentence.</summary>
    public string Advice => DynamoThrottlingAdvice.For(this);

    /// <inheritdoc/>
    public override string ToString() => IndexName is null ? $"{Reason} on table '{TableName}'" : $"{Reason} on index '{IndexName}' of table '{TableName}'";
}
