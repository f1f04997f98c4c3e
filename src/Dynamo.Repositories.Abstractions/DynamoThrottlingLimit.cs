namespace Dynamo.Repositories;

/// <summary>Which limit DynamoDB throttled a request for: the last part of its throttling reason.</summary>
public enum DynamoThrottlingLimit
{
    /// <summary>DynamoDB gave no reason, or one this version does not know.</summary>
    Unknown,

    /// <summary>Requests concentrate on a few partition key values (a hot key range) beyond one partition's throughput.</summary>
    KeyRangeThroughputExceeded,

    /// <summary>The provisioned read or write capacity of the table or global index is exhausted.</summary>
    ProvisionedThroughputExceeded,

    /// <summary>An on-demand table or index exceeded the account's per-table throughput quota in the region.</summary>
    AccountLimitExceeded,

    /// <summary>An on-demand table or index exceeded the maximum throughput configured on it.</summary>
    MaxOnDemandThroughputExceeded,
}
