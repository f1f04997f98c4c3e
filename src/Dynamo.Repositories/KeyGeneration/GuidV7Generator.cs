using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Dynamo.Repositories.KeyGeneration;

/// <summary>
/// Time-ordered Guids (RFC 9562 version 7): 48 bits of Unix milliseconds, then a 12-bit counter (RFC 9562's
/// "fixed-length dedicated counter"), then 62 random bits. The counter makes the ids of one process strictly
/// increasing even within a millisecond, so they sort by creation, as Guids and as their stored "D" strings.
/// </summary>
internal sealed class GuidV7Generator(TimeProvider time)
{
    private const int CounterLimit = 0x1000;
    private readonly Lock _gate = new();
    private long _lastMilliseconds = -1;
    private int _counter;

    /// <summary>Creates the next Guid.</summary>
    public Guid Next()
    {
        long milliseconds;
        int counter;
        lock (_gate)
        {
            milliseconds = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), _lastMilliseconds);
            if (milliseconds == _lastMilliseconds && ++_counter < CounterLimit)
            {
                counter = _counter;
            }
            else
            {
                // A new millisecond (or an exhausted counter, which borrows the next one): restart low, leaving room to count.
                milliseconds = milliseconds == _lastMilliseconds ? milliseconds + 1 : milliseconds;
                _counter = counter = RandomNumberGenerator.GetInt32(CounterLimit / 2);
            }

            _lastMilliseconds = milliseconds;
        }

        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[8..]);
        BinaryPrimitives.WriteInt64BigEndian(bytes, milliseconds << 16);
        bytes[6] = (byte)(0x70 | (counter >> 8));
        bytes[7] = (byte)counter;
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
