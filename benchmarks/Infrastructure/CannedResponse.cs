using System.Globalization;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>One precomputed response body with its CRC32 header value (the SDK checks x-amz-crc32).</summary>
public sealed class CannedResponse
{
    public CannedResponse(byte[] body)
    {
        Body = body;
        Crc32 = System.IO.Hashing.Crc32.HashToUInt32(body).ToString(CultureInfo.InvariantCulture);
    }

    public byte[] Body { get; }

    public string Crc32 { get; }
}
