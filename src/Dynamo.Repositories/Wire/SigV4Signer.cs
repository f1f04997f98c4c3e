using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
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

    private const string Algorithm = "AWS4-HMAC-SHA256";
    private const string WithoutToken = "content-type;host;x-amz-date;x-amz-target";
    private const string WithToken = "content-type;host;x-amz-date;x-amz-security-token;x-amz-target";

    private SigningKey? _key;

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
    public SignedHeaders Sign(ImmutableCredentials credentials, DateTime signedAt, string host, string target, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var amzDate = signedAt.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var day = amzDate.AsSpan(0, 8);
        var token = credentials.UseToken ? credentials.Token : null;
        var signedHeaders = token is null ? WithoutToken : WithToken;

        Span<char> hex = stackalloc char[64];
        Span<byte> hash = stackalloc byte[32];
        var buffer = ArrayPool<byte>.Shared.Rent(512 + (3 * (host.Length + target.Length + (token?.Length ?? 0))));
        try
        {
            SHA256.HashData(body, hash);
            Hex(hash, hex);
            var length = CanonicalRequest(buffer, host, amzDate, token, target, signedHeaders, hex);
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            Hex(hash, hex);
            if (!Utf8.TryWrite(buffer, CultureInfo.InvariantCulture, $"{Algorithm}\n{amzDate}\n{day}/{Region}/{Service}/aws4_request\n{hex}", out length))
            {
                throw new InvalidOperationException("The SigV4 string to sign does not fit its buffer.");
            }

            HMACSHA256.HashData(Key(credentials.SecretKey, day), buffer.AsSpan(0, length), hash);
            Hex(hash, hex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var authorization = string.Concat(
            [Algorithm, " Credential=", credentials.AccessKey, "/", amzDate[..8], "/", Region, "/", Service, "/aws4_request, SignedHeaders=", signedHeaders, ", Signature=", new string(hex)]);
        return new SignedHeaders(amzDate, authorization);
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

    private byte[] Key(string secretKey, ReadOnlySpan<char> day)
    {
        var key = Volatile.Read(ref _key);
        if (key is null || !key.Matches(secretKey, day))
        {
            key = SigningKey.Derive(secretKey, day.ToString(), Region, Service);
            Volatile.Write(ref _key, key);
        }

        return key.Key;
    }

    private static void Hex(ReadOnlySpan<byte> bytes, Span<char> destination) =>
        _ = Convert.TryToHexStringLower(bytes, destination, out _);
}
