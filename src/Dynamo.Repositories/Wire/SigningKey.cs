using System.Security.Cryptography;
using System.Text;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// A SigV4 signing key: the HMAC chain of the secret key over the date, region, service and <c>aws4_request</c>. It
/// changes once a day (or when the credentials rotate), so the signer derives it once and keeps it while it matches,
/// with the constant start of the <c>Authorization</c> header of that access key, day and scope.
/// </summary>
internal sealed class SigningKey
{
    private readonly string _accessKey;
    private readonly string _secretKey;
    private readonly string _date;

    private SigningKey(string accessKey, string secretKey, string date, byte[] key, string scope)
    {
        _accessKey = accessKey;
        _secretKey = secretKey;
        _date = date;
        Key = key;
        Scope = scope;
        AuthorizationWithoutToken = AuthorizationStart(accessKey, scope, SigV4Signer.SignedHeadersWithoutToken);
        AuthorizationWithToken = AuthorizationStart(accessKey, scope, SigV4Signer.SignedHeadersWithToken);
    }

    /// <summary>Gets the derived key.</summary>
    public byte[] Key { get; }

    /// <summary>Gets the credential scope, <c>yyyyMMdd/region/service/aws4_request</c>.</summary>
    public string Scope { get; }

    /// <summary>Gets the <c>Authorization</c> header up to its signature, for credentials without a session token.</summary>
    public string AuthorizationWithoutToken { get; }

    /// <summary>Gets the <c>Authorization</c> header up to its signature, for credentials with a session token.</summary>
    public string AuthorizationWithToken { get; }

    /// <summary>Returns whether the key was derived from these credentials for <paramref name="day"/>.</summary>
    public bool Matches(string accessKey, string secret, ReadOnlySpan<char> day) =>
        day.SequenceEqual(_date)
        && string.Equals(_secretKey, secret, StringComparison.Ordinal)
        && string.Equals(_accessKey, accessKey, StringComparison.Ordinal);

    /// <summary>Derives the key of a secret for a date, region and service.</summary>
    public static SigningKey Derive(string secretKey, string date, string region, string service) =>
        Derive(string.Empty, secretKey, date, region, service);

    /// <summary>Derives the key of an access key's secret for a date, region and service.</summary>
    public static SigningKey Derive(string accessKey, string secretKey, string date, string region, string service)
    {
        ArgumentNullException.ThrowIfNull(accessKey);
        ArgumentNullException.ThrowIfNull(secretKey);
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        key = HMACSHA256.HashData(key, "aws4_request"u8);
        return new SigningKey(accessKey, secretKey, date, key, $"{date}/{region}/{service}/aws4_request");
    }

    private static string AuthorizationStart(string accessKey, string scope, string signedHeaders) =>
        $"{SigV4Signer.Algorithm} Credential={accessKey}/{scope}, SignedHeaders={signedHeaders}, Signature=";
}
