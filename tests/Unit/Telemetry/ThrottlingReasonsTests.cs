using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Telemetry;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

public sealed class ThrottlingReasonsTests
{
    [Fact]
    public void From_ReadsReasonTableAndIndex_FromTheSdkException()
    {
        var aws = Throttled(
            ("IndexWriteProvisionedThroughputExceeded", "arn:aws:dynamodb:eu-west-1:123456789012:table/prod-Orders/index/ByStatus"),
            ("TableWriteKeyRangeThroughputExceeded", "arn:aws:dynamodb:eu-west-1:123456789012:table/prod-Orders"));

        var reasons = ThrottlingReasons.From(aws);

        Assert.Collection(
            reasons,
            r =>
            {
                Assert.Equal("IndexWriteProvisionedThroughputExceeded", r.Reason);
                Assert.Equal("prod-Orders", r.TableName);
                Assert.Equal("ByStatus", r.IndexName);
                Assert.Equal(DynamoThrottlingLimit.ProvisionedThroughputExceeded, r.Limit);
                Assert.True(r.IsWrite);
            },
            r =>
            {
                Assert.Equal(DynamoThrottlingLimit.KeyRangeThroughputExceeded, r.Limit);
                Assert.Null(r.IndexName);
            });
    }

    [Fact]
    public void From_FindsTheReasons_OnAnInnerException()
    {
        var aws = new ThrottlingException("slow") { ThrottlingReasons = [new ThrottlingReason { Reason = "TableReadMaxOnDemandThroughputExceeded", Resource = "arn:aws:dynamodb:us-east-1:1:table/T" }] };

        var reason = Assert.Single(ThrottlingReasons.From(new AmazonClientException("wrapped", aws)));

        Assert.Equal(DynamoThrottlingLimit.MaxOnDemandThroughputExceeded, reason.Limit);
        Assert.False(reason.IsWrite);
    }

    [Fact]
    public void From_IsEmpty_WhenDynamoGaveNoReason()
    {
        Assert.Empty(ThrottlingReasons.From(new ProvisionedThroughputExceededException("slow")));
        Assert.Empty(ThrottlingReasons.From(new InvalidOperationException("other")));
    }

    [Theory]
    [InlineData("arn:aws:dynamodb:us-east-1:1:table/Orders", "Orders", null)]
    [InlineData("arn:aws:dynamodb:us-east-1:1:table/dev.Orders-x/index/By_Status", "dev.Orders-x", "By_Status")]
    [InlineData("not an arn", null, null)]
    [InlineData(null, null, null)]
    public void ParseResource_SplitsTableAndIndex(string? arn, string? table, string? index)
    {
        Assert.Equal((table, index), ThrottlingReasons.ParseResource(arn));
    }

    [Fact]
    public void Describe_GivesEachReasonWithItsAdvice()
    {
        var text = ThrottlingReasons.Describe([new DynamoThrottlingReason("TableReadKeyRangeThroughputExceeded", "Orders", null)]);

        Assert.Equal(
            " DynamoDB's reason: TableReadKeyRangeThroughputExceeded on table 'Orders'. A hot key range on table 'Orders': spread the requests over more partition key values (e.g. a sharding suffix), cache hot reads, or choose a partition key with more distinct values.",
            text);
    }

    internal static ProvisionedThroughputExceededException Throttled(params (string Reason, string Resource)[] reasons) =>
        new("Throughput exceeds the current capacity")
        {
            ThrottlingReasons = [.. reasons.Select(r => new ThrottlingReason { Reason = r.Reason, Resource = r.Resource })],
        };
}
