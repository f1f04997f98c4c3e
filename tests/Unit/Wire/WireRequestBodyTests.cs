using System.Text;
using Dynamo.Repositories.Wire;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire;

public sealed class WireRequestBodyTests
{
    [Fact]
    public void Rent_GivesBackTheDisposedBody_OnTheSameThread_Empty()
    {
        WireRequestBody first;
        using (first = WireRequestBody.Rent())
        {
            first.Writer.WriteStartObject();
            first.Writer.WriteString("TableName", "orders");
            first.Writer.WriteEndObject();
            Assert.Equal("""{"TableName":"orders"}""", Encoding.UTF8.GetString(first.Written.Span));
        }

        using var second = WireRequestBody.Rent();

        Assert.Same(first, second);
        Assert.Equal(0, second.Written.Length);
        second.Writer.WriteStartObject();
        second.Writer.WriteEndObject();
        Assert.Equal("{}", Encoding.UTF8.GetString(second.Written.Span));
    }

    [Fact]
    public void Rent_GivesADifferentBody_WhileTheFirstIsInUse()
    {
        using var first = WireRequestBody.Rent();
        using var second = WireRequestBody.Rent();

        Assert.NotSame(first, second);
    }

    [Fact]
    public void Dispose_ForgetsAHalfWrittenBody()
    {
        var body = WireRequestBody.Rent();
        body.Writer.WriteStartObject();
        body.Writer.WriteString("Key", "never closed");

        body.Dispose();

        using var next = WireRequestBody.Rent();
        next.Writer.WriteStartObject();
        next.Writer.WriteEndObject();
        Assert.Equal("{}", Encoding.UTF8.GetString(next.Written.Span));
    }

    [Fact]
    public void Written_HoldsALargeBody_AndReuseStartsSmallAgain()
    {
        var large = new string('x', 3 * 1024 * 1024);
        using (var body = WireRequestBody.Rent())
        {
            body.Writer.WriteStartObject();
            body.Writer.WriteString("Blob", large);
            body.Writer.WriteEndObject();

            Assert.Equal(large.Length + 11, body.Written.Length);
            Assert.True(body.Capacity > large.Length);
        }

        using var reused = WireRequestBody.Rent();
        Assert.Equal(0, reused.Capacity);
        reused.Writer.WriteStartObject();
        reused.Writer.WriteString("a", "b");
        reused.Writer.WriteEndObject();
        Assert.Equal("""{"a":"b"}""", Encoding.UTF8.GetString(reused.Written.Span));
    }

    [Fact]
    public void Rent_StartsTheNextBody_AtTheSizeOfTheLastOne_UpToALimit()
    {
        Assert.Equal(8 * 1024, FirstArrayAfter(8 * 1024));
        Assert.Equal(WireRequestBody.LargestFirstSize, FirstArrayAfter(3 * WireRequestBody.LargestFirstSize));
        Assert.Equal(WireRequestBody.DefaultSize, FirstArrayAfter(10));
    }

    /// <summary>Writes a body of about <paramref name="size"/> bytes, then returns the size of the next body's first array.</summary>
    private static int FirstArrayAfter(int size)
    {
        using (var body = WireRequestBody.Rent())
        {
            body.Writer.WriteStringValue(new string('x', size - 2));
        }

        using var next = WireRequestBody.Rent();
        next.Writer.WriteNullValue();
        next.Writer.Flush();
        return next.Capacity;
    }
}
