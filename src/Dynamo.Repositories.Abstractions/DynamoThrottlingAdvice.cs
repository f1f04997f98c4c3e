namespace Dynamo.Repositories;

/// <summary>What to do about each throttling reason.</summary>
internal static class DynamoThrottlingAdvice
{
    /// <summary>Returns the advice for a reason.</summary>
    public static string For(DynamoThrottlingReason reason)
    {
        var resource = reason.IndexName is null ? $"table '{reason.TableName}'" : $"index '{reason.IndexName}'";
        var capacity = reason.IsWrite ? "write" : "read";
        var backPressure = reason.IsWrite && reason.IndexName is not null
            ? $" (GSI write back-pressure: writes to the table wait for index '{reason.IndexName}')"
            : string.Empty;
        return reason.Limit switch
        {
            DynamoThrottlingLimit.KeyRangeThroughputExceeded =>
                $"A hot key range on {resource}{backPressure}: spread the requests over more partition key values (e.g. a sharding suffix), cache hot reads, or choose a partition key with more distinct values.",
            DynamoThrottlingLimit.ProvisionedThroughputExceeded =>
                $"The provisioned {capacity} capacity of {resource} is exhausted{backPressure}: raise it or enable auto scaling (a global index needs at least the table's write capacity), or switch to on-demand.",
            DynamoThrottlingLimit.AccountLimitExceeded =>
                $"{Capitalized(resource)} exceeded the account's per-table throughput quota of the region{backPressure}: ask for a higher quota in Service Quotas, or spread the load over time.",
            DynamoThrottlingLimit.MaxOnDemandThroughputExceeded =>
                $"{Capitalized(resource)} exceeded its configured maximum on-demand throughput{backPressure}: raise or remove the maximum (OnDemandThroughput), or slow the callers down.",
            _ => $"DynamoDB throttled {resource} for a reason this version does not know ({reason.Reason}): retry later, or raise the capacity.",
        };
    }

    private static string Capitalized(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
