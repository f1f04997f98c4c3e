using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using Amazon.Runtime;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// Signs the library's DynamoDB requests with AWS Signature Version 4: a POST to <c>/</c> with an AWS JSON 1.0 body,
/// signing the content type, host, date, session token (when the credentials have one) and target headers. The
/// signing key is derived once per secret key and day and reused (deriving it is four HMACs per request otherwise).
/// </summary>
/// <param name="region">The region signed for.</param>
/// <param name="service">The service signed for (<c>dynamodb</c>).</param>
internal sealed class SigV4Signer(string region, string service)
{
    /// <summary>The content type of every request, signed.</summary>
    public const string ContentType = "application/x-amz-json-1.0";

    /// <summary>The signing algorithm.</summary>
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>The signed headers of credentials without a session token.</summary>
    public const string SignedHeadersWithoutToken = "content-type;host;x-amz-date;x-amz-target";

    /// <summary>The signed headers of credentials with a session token.</summary>
    public const string SignedHeadersWithToken = "content-type;host;x-amz-date;x-amz-security-token;x-amz-target";

    private SigningKey? _key;
    private Tuple<long, string>? _amzDate;

    /// <summary>Gets the region signed for.</summary>
    public string Region { get; } = region ?? throw new ArgumentNullException(nameof(region));

    /// <summary>Gets the service signed for.</summary>
    public string Service { get; } = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>Gets the signing key in use (derived at the first signature of a day), for tests.</summary>
    internal SigningKey? CurrentKey => Volatile.Read(ref _key);

    /// <summary>Signs a request.</summary>
    /// <param name="credentials">The credentials; the session token, when present, is signed and must be sent as <c>X-Amz-Security-Token</c>.</param>
    /// <param name="signedAt">The UTC time of the signature, sent as <c>X-Amz-Date</c>.</param>
    /// <param name="host">The <c>Host</c> header sent (the endpoint's authority: host, and port unless the default).</param>
    /// <param name="target">The <c>X-Amz-Target</c> header sent, e.g. <c>DynamoDB_20120810.GetItem</c>.</param>
    /// <param name="body">The body sent.</param>
    /// <returns>The date and authorization headers.</returns>
    /// <remarks>
    /// Allocates only the <c>Authorization</c> value: the date header is formatted once a second, the key and the
    /// constant start of the header once a day, the canonical request lives in a pooled array, and the hash contexts
    /// are reused per thread (<see cref="SigV4Hashes"/>).
    /// </remarks>
    public SignedHeaders Sign(ImmutableCredentials credentials, DateTime signedAt, string host, string target, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var amzDate = AmzDate(signedAt.ToUniversalTime());
        var key = Key(credentials, amzDate.AsSpan(0, 8));
        var token = credentials.UseToken ? credentials.Token : null;
        var signedHeaders = token is null ? SignedHeadersWithoutToken : SignedHeadersWithToken;

        Span<char> hex = stackalloc char[64];
        Span<byte> hash = stackalloc byte[32];
        var hashes = SigV4Hashes.Current;
        var buffer = ArrayPool<byte>.Shared.Rent(512 + (3 * (host.Length + target.Length + (token?.Length ?? 0))));
        try
        {
            hashes.Sha256(body, hash);
            Hex(hash, hex);
            var length = CanonicalRequest(buffer, host, amzDate, token, target, signedHeaders, hex);
            hashes.Sha256(buffer.AsSpan(0, length), hash);
            Hex(hash, hex);
            if (!Utf8.TryWrite(buffer, CultureInfo.InvariantCulture, $"{Algorithm}\n{amzDate}\n{key.Scope}\n{hex}", out length))
            {
                throw new InvalidOperationException("The SigV4 string to sign does not fit its buffer.");
            }

            hashes.HmacSha256(key.Key, buffer.AsSpan(0, length), hash);
            Hex(hash, hex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var start = token is null ? key.AuthorizationWithoutToken : key.AuthorizationWithToken;
        return new SignedHeaders(amzDate, string.Concat(start.AsSpan(), hex));
    }

    /// <summary>Writes the canonical request (UTF-8) into <paramref name="destination"/>; returns its length.</summary>
    internal static int CanonicalRequest(
        Span<byte> destination, string host, string amzDate, string? token, string target, string signedHeaders, ReadOnlySpan<char> payloadHash)
    {
        var written = token is null
            ? Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"POST\n/\n\ncontent-type:{ContentType}\nhost:{host}\nx-amz-date:{amzDate}\nx-amz-target:{target}\n\n{signedHeaders}\n{payloadHash}", out var length)
            : Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $"POST\n/\n\ncontent-type:{ContentType}\nhost:{host}\nx-amz-date:{amzDate}\nx-amz-security-token:{token}\nx-amz-target:{target}\n\n{signedHeaders}\n{payloadHash}", out length);
        return written ? length : throw new InvalidOperationException("The SigV4 canonical request does not fit its buffer.");
    }

    private SigningKey Key(ImmutableCredentials credentials, ReadOnlySpan<char> day)
    {
        var key = Volatile.Read(ref _key);
        if (key is null || !key.Matches(credentials.AccessKey, credentials.SecretKey, day))
        {
            key = SigningKey.Derive(credentials.AccessKey, credentials.SecretKey, day.ToString(), Region, Service);
            Volatile.Write(ref _key, key);
        }

        return key;
    }

    /// <summary>The <c>X-Amz-Date</c> value of a time, formatted once per second (requests signed in the same second share it).</summary>
    private string AmzDate(DateTime signedAt)
    {
        var second = signedAt.Ticks / TimeSpan.TicksPerSecond;
        var cached = Volatile.Read(ref _amzDate);
        if (cached is null || cached.Item1 != second)
        {
            cached = Tuple.Create(second, signedAt.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            Volatile.Write(ref _amzDate, cached);
        }

        return cached.Item2;
    }

    private static void Hex(ReadOnlySpan<byte> bytes, Span<char> destination) =>
        _ = Convert.TryToHexStringLower(bytes, destination, out _);
}
