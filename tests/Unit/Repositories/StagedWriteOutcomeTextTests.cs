using Xunit;

namespace Dynamo.Repositories.UnitTests.Repositories;

/// <summary>How an outcome of a staged write and a throttled commit read in logs and messages.</summary>
public sealed class StagedWriteOutcomeTextTests
{
    [Fact]
    public void ToString_NamesKindEntityKeyAndStatus_AndTheReasonWhenThereIsOne()
    {
        var notAtFault = new StagedWriteOutcome(typeof(Uri), "(a)", StagedWriteKind.Add, StagedWriteStatus.NotAtFault);
        var failed = new StagedWriteOutcome(typeof(Uri), "(b)", StagedWriteKind.Delete, StagedWriteStatus.Failed, "ConditionalCheckFailed");

        Assert.Equal("Add Uri (a): NotAtFault", notAtFault.ToString());
        Assert.Equal("Delete Uri (b): Failed (ConditionalCheckFailed)", failed.ToString());
    }

    [Fact]
    public void WriteThrottledException_HasNoReasons_WhenDynamoDbGaveNone() =>
        Assert.Empty(new WriteThrottledException("slow down").ThrottlingReasons);
}
