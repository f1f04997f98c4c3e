using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Dynamo.Repositories.KeyGeneration;

/// <summary>
/// Sortable unique strings (ULID layout): 26 Crockford base-32 characters, 48 bits of Unix milliseconds then 80
/// random bits. Within one millisecond the random part is incremented, so one process's ids sort by creation.
/// </summary>
internal sealed class SortableIdGenerator(TimeProvider time)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly Lock _gate = new();
    private readonly byte[] _last = new byte[16];
    private long _lastMilliseconds = -1;

    /// <summary>Creates the next id.</summary>
    public string Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        lock (_gate)
        {
            var milliseconds = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), _lastMilliseconds);
            if (milliseconds == _lastMilliseconds)
            {
                Increment(_last);
            }
            else
            {
                RandomNumberGenerator.Fill(_last.AsSpan(6));
                for (var i = 5; i >= 0; i--)
                {
                    _last[i] = (byte)(milliseconds >> (8 * (5 - i)));
                }
            }

            _lastMilliseconds = milliseconds;
            _last.CopyTo(bytes);
        }

        return Encode(bytes);
    }

    private static void Increment(byte[] value)
    {
        for (var i = value.Length - 1; i >= 6 && ++value[i] == 0; i--)
        {
            // Carry into the next byte; 80 random bits do not wrap in practice.
        }
    }

    /// <summary>128 bits as 26 base-32 characters, most significant first (the first character holds 3 bits).</summary>
    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        var value = ((UInt128)BinaryPrimitives.ReadUInt64BigEndian(bytes) << 64) | BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        return string.Create(26, value, static (chars, number) =>
        {
            for (var i = chars.Length - 1; i >= 0; i--)
            {
                chars[i] = Alphabet[(int)(number & 31)];
                number >>= 5;
            }
        });
    }
}
