using Dynamo.Repositories.Testing.Local;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Local;

public sealed class OutputTailTests
{
    [Fact]
    public void ToString_KeepsOnlyTheLastLines_WhenMoreThanCapacityArrive()
    {
        var tail = new OutputTail(capacity: 2);

        tail.Add("one");
        tail.Add(null);
        tail.Add("two");
        tail.Add("three");

        Assert.Equal($"    two{Environment.NewLine}    three", tail.ToString());
        Assert.False(tail.Contains("one"));
        Assert.True(tail.Contains("thr"));
    }

    [Fact]
    public void ToString_SaysNoOutput_WhenNothingArrived()
    {
        Assert.Equal("    (no output)", new OutputTail().ToString());
    }
}
