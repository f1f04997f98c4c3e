namespace Dynamo.Repositories;

/// <summary>
/// DynamoDB kept throttling the commit (provisioned throughput, request limits or throttling) after the AWS SDK's retries. Nothing was written; retry later or raise the table's capacity.
/// </summary>
public sealed class WriteThrottledException : UnitOfWorkException
{
    /// <summary>Initializes a new instance of the <see cref="WriteThrottledException"/> class.</summary>
    /// <param name="message">The message, naming the entity and key at fault and what to do.</param>
    /// <param name="entityType">The entity type of the write at fault, if known.</param>
    /// <param name="key">A description of the key of the write at fault, if known.</param>
    /// <param name="outcomes">The outcome of every staged write of the commit, in staging order.</param>
    /// <param name="innerException">The AWS exception.</param>
    /// <param name="throttlingReasons">The reasons DynamoDB gave, with the table or index throttled; empty when it gave none.</param>
    public WriteThrottledException(
        string message,
        Type? entityType = null,
        string? key = null,
        IReadOnlyList<StagedWriteOutcome>? outcomes = null,
        Exception? innerException = null,
        IReadOnlyList<DynamoThrottlingReason>? throttlingReasons = null)
        : base(message, entityType, key, outcomes, innerException)
    {
        ThrottlingReasons = throttlingReasons ?? [];
    }

    /// <summary>
    /// Gets the reasons DynamoDB gave for the throttling (hot key range, GSI write back-pressure, provisioned capacity,
    /// account quota or on-demand maximum), each naming the table or index and what to do; empty when it gave none
    /// (e.g. a transaction canceled for throttling).
    /// </summary>
    public IReadOnlyList<DynamoThrottlingReason> ThrottlingReasons { get; }
}
