using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

public sealed class DynamoThrottlingReasonTests
{
    [Theory]
    [InlineData("TableReadKeyRangeThroughputExceeded", null, "A hot key range on table 'Orders': spread the requests")]
    [InlineData("IndexWriteKeyRangeThroughputExceeded", "ByStatus", "A hot key range on index 'ByStatus' (GSI write back-pressure: writes to the table wait for index 'ByStatus')")]
    [InlineData("TableWriteProvisionedThroughputExceeded", null, "The provisioned write capacity of table 'Orders' is exhausted: raise it or enable auto scaling")]
    [InlineData("IndexWriteProvisionedThroughputExceeded", "ByStatus", "The provisioned write capacity of index 'ByStatus' is exhausted (GSI write back-pressure")]
    [InlineData("TableReadAccountLimitExceeded", null, "Table 'Orders' exceeded the account's per-table throughput quota of the region: ask for a higher quota in Service Quotas")]
    [InlineData("IndexReadMaxOnDemandThroughputExceeded", "ByStatus", "Index 'ByStatus' exceeded its configured maximum on-demand throughput: raise or remove the maximum (OnDemandThroughput)")]
    [InlineData("TableReadSomethingNew", null, "DynamoDB throttled table 'Orders' for a reason this version does not know (TableReadSomethingNew)")]
    public void Advice_SaysWhatToDo_ForEachReason(string code, string? index, string expectedStart)
    {
        var reason = new DynamoThrottlingReason(code, "Orders", index);

        Assert.StartsWith(expectedStart, reason.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_IsUnknown_ForAnUnknownCode()
    {
        Assert.Equal(DynamoThrottlingLimit.Unknown, new DynamoThrottlingReason("Whatever", null, null).Limit);
    }

    [Fact]
    public void ToString_NamesTheIndexAndTable()
    {
        Assert.Equal("IndexReadAccountLimitExceeded on index 'ByStatus' of table 'Orders'", new DynamoThrottlingReason("IndexReadAccountLimitExceeded", "Orders", "ByStatus").ToString());
    }
}
