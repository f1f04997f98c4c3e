using Dynamo.Repositories.Wire;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void GetSpan_RentsNothing_UntilTheFirstWrite()
    {
        using var writer = new PooledBufferWriter(64);

        Assert.Equal(0, writer.Capacity);
        Assert.True(writer.GetSpan().Length >= 64);
        Assert.True(writer.Capacity >= 64);
    }

    [Fact]
    public void Advance_KeepsEveryByte_WhenTheBufferGrowsExactlyAtItsEnd()
    {
        using var writer = new PooledBufferWriter(16);
        var first = writer.GetSpan(16);
        var capacity = first.Length;
        Fill(first[..capacity], 0);
        writer.Advance(capacity);

        var next = writer.GetSpan(1);
        next[0] = 0xAB;
        writer.Advance(1);

        Assert.Equal(capacity + 1, writer.WrittenCount);
        Assert.True(writer.Capacity >= 2 * capacity);
        Assert.Equal(Expected(capacity).Append((byte)0xAB), writer.WrittenMemory.ToArray());
    }

    [Fact]
    public void Advance_Throws_PastTheSpanHandedOut()
    {
        using var writer = new PooledBufferWriter(16);
        var length = writer.GetSpan().Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(length + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
    }

    [Fact]
    public void Reset_ReturnsTheArray_AndTheWriterWritesAgainFromEmpty()
    {
        using var writer = new PooledBufferWriter(32);
        Write(writer, 100, 1);

        writer.Reset();

        Assert.Equal(0, writer.Capacity);
        Assert.Equal(0, writer.WrittenCount);
        Write(writer, 10, 7);
        Assert.Equal(Expected(10, 7), writer.WrittenMemory.ToArray());
    }

    [Fact]
    public void Write_KeepsALargeBody_BeyondTheSizesTheSharedPoolKeeps()
    {
        // 40 MB: over the largest array size the shared pool keeps (its rented arrays of that size are plain allocations).
        const int Size = 40 * 1024 * 1024;
        using var writer = new PooledBufferWriter();

        Write(writer, Size, 3);

        Assert.Equal(Size, writer.WrittenCount);
        Assert.True(writer.WrittenMemory.Span.SequenceEqual(Expected(Size, 3)));
    }

    [Fact]
    public void Constructor_RejectsANonPositiveCapacity() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PooledBufferWriter(0));

    internal static byte[] Expected(int length, int seed = 0)
    {
        var bytes = new byte[length];
        Fill(bytes, seed);
        return bytes;
    }

    private static void Write(PooledBufferWriter writer, int length, int seed)
    {
        var expected = Expected(length, seed);
        var written = 0;
        while (written < length)
        {
            var span = writer.GetSpan(Math.Min(4000, length - written));
            var chunk = Math.Min(span.Length, length - written);
            expected.AsSpan(written, chunk).CopyTo(span);
            writer.Advance(chunk);
            written += chunk;
        }
    }

    private static void Fill(Span<byte> bytes, int seed)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((i * 31) + seed);
        }
    }
}
