using System.Security.Cryptography;
using System.Text;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// A SigV4 signing key: the HMAC chain of the secret key over the date, region, service and <c>aws4_request</c>. It
/// changes once a day (or when the credentials rotate), so the signer derives it once and keeps it while it matches.
/// </summary>
/// <param name="secretKey">The secret access key it was derived from.</param>
/// <param name="date">The UTC date it is valid for, <c>yyyyMMdd</c>.</param>
/// <param name="key">The derived key.</param>
internal sealed class SigningKey(string secretKey, string date, byte[] key)
{
    /// <summary>Gets the derived key.</summary>
    public byte[] Key { get; } = key;

    /// <summary>Returns whether the key was derived from <paramref name="secret"/> for <paramref name="day"/>.</summary>
    public bool Matches(string secret, ReadOnlySpan<char> day) =>
        day.SequenceEqual(date) && string.Equals(secretKey, secret, StringComparison.Ordinal);

    /// <summary>Derives the key of a secret for a date, region and service.</summary>
    public static SigningKey Derive(string secretKey, string date, string region, string service)
    {
        ArgumentNullException.ThrowIfNull(secretKey);
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        key = HMACSHA256.HashData(key, "aws4_request"u8);
        return new SigningKey(secretKey, date, key);
    }
}
