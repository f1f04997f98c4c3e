using System.Security.Cryptography;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// The SHA-256 and HMAC-SHA256 of the signer, reused on each thread: a one-shot hash creates and frees a native hash
/// context per call, which costs more than the hashing of a request's few hundred bytes (a reused context signs about
/// twice as fast). The HMAC is keyed with the signing key of the last signature on the thread and rekeyed when it changes.
/// </summary>
internal sealed class SigV4Hashes
{
    [ThreadStatic]
    private static SigV4Hashes? _current;

    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[]? _hmacKey;
    private IncrementalHash? _hmac;

    /// <summary>Gets the calling thread's hashes (never share them with another thread).</summary>
    public static SigV4Hashes Current => _current ??= new SigV4Hashes();

    /// <summary>Writes the SHA-256 of <paramref name="data"/> into <paramref name="hash"/> (32 bytes).</summary>
    public void Sha256(ReadOnlySpan<byte> data, Span<byte> hash)
    {
        _sha256.AppendData(data);
        _sha256.GetHashAndReset(hash);
    }

    /// <summary>Writes the HMAC-SHA256 of <paramref name="data"/> under <paramref name="key"/> into <paramref name="hash"/> (32 bytes).</summary>
    public void HmacSha256(byte[] key, ReadOnlySpan<byte> data, Span<byte> hash)
    {
        if (!ReferenceEquals(key, _hmacKey) || _hmac is null)
        {
            _hmac?.Dispose();
            _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            _hmacKey = key;
        }

        _hmac.AppendData(data);
        _hmac.GetHashAndReset(hash);
    }
}
