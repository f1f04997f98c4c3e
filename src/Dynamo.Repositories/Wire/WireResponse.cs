using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using Amazon.Runtime;

namespace Dynamo.Repositories.Wire;

/// <summary>An HTTP response of DynamoDB with its body read into a pooled buffer, returned on dispose.</summary>
internal sealed class WireResponse : IDisposable
{
    /// <summary>The size rented for a body of unknown length.</summary>
    public const int UnknownLengthSize = 4096;

    /// <summary>The largest size rented up front from a <c>Content-Length</c> (DynamoDB's largest reply, a 16 MB batch, fits); a longer body grows past it as it arrives.</summary>
    public const int LargestUpFront = 17 * 1024 * 1024;

    private byte[] _buffer;

    /// <summary>Initializes a new instance of the <see cref="WireResponse"/> class.</summary>
    /// <param name="message">The HTTP response (disposed with this).</param>
    /// <param name="buffer">The pooled buffer holding the body.</param>
    /// <param name="length">The length of the body.</param>
    public WireResponse(HttpResponseMessage message, byte[] buffer, int length)
    {
        Message = message;
        _buffer = buffer;
        Length = length;
    }

    /// <summary>Gets the HTTP response.</summary>
    public HttpResponseMessage Message { get; }

    /// <summary>Gets the length of the body.</summary>
    public int Length { get; }

    /// <summary>Gets the body.</summary>
    public ReadOnlyMemory<byte> Body => _buffer.AsMemory(0, Length);

    /// <summary>
    /// Checks the body against the <c>x-amz-crc32</c> header DynamoDB sends (when present, and the body was not
    /// decompressed on the way), as the SDK does: a mismatch is a transport failure, raised as the SDK raises it.
    /// </summary>
    public void CheckCrc32()
    {
        if (Message.Content.Headers.ContentEncoding.Count == 0
            && Message.Headers.NonValidated.TryGetValues("x-amz-crc32", out var values)
            && uint.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var expected)
            && Crc32.HashToUInt32(Body.Span) != expected)
        {
            throw new AmazonClientException(
                "The CRC32 of the DynamoDB response body does not match its x-amz-crc32 header: the response was corrupted in transit.",
                new IOException("CRC value returned with response does not match the computed CRC value for the returned response body."));
        }
    }

    /// <summary>Rents the buffer of a body: its exact <c>Content-Length</c> when known (up to <see cref="LargestUpFront"/>), else <see cref="UnknownLengthSize"/>.</summary>
    /// <param name="contentLength">The <c>Content-Length</c> header, if any.</param>
    /// <returns>A pooled array; return it, or hand it to a <see cref="WireResponse"/>.</returns>
    public static byte[] Rent(long? contentLength) =>
        ArrayPool<byte>.Shared.Rent(contentLength is { } length and >= 0 ? (int)Math.Min(length, LargestUpFront) : UnknownLengthSize);

    /// <summary>Rents an array twice as large, copies the first <paramref name="length"/> bytes into it and returns the old one to the pool.</summary>
    /// <param name="buffer">The full buffer, returned to the pool.</param>
    /// <param name="length">The bytes of it to keep.</param>
    /// <returns>The larger array.</returns>
    public static byte[] Grow(byte[] buffer, int length)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, UnknownLengthSize));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Message.Dispose();
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
