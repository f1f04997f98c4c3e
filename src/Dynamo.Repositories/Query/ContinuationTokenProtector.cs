using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Options;

namespace Dynamo.Repositories.Query;

/// <summary>
/// Makes <c>PageAsync</c> tokens opaque and tamper-proof: the position document is encrypted and authenticated with
/// AES-GCM (256-bit key from the options' <c>ContinuationTokenKey</c>, or a random per-process key), the plan's
/// signature as associated data, so a token edited, truncated, forged or issued for another specification or by
/// another key is refused. Token: base64url of version (1 byte), nonce (12), ciphertext, tag (16).
/// </summary>
internal sealed class ContinuationTokenProtector
{
    private const byte FormatVersion = 2;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private static readonly Lazy<ContinuationTokenProtector> ProcessKey = new(() => new ContinuationTokenProtector(RandomNumberGenerator.GetBytes(32)));

    private readonly byte[] _key;

    /// <summary>Initializes a new instance of the <see cref="ContinuationTokenProtector"/> class.</summary>
    /// <param name="key">An AES key of 16, 24 or 32 bytes.</param>
    public ContinuationTokenProtector(byte[] key) => _key = key;

    /// <summary>Returns the protector of the options' key, or the process-wide one when no key is configured.</summary>
    public static ContinuationTokenProtector For(DynamoRepositoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrEmpty(options.ContinuationTokenKey)
            ? ProcessKey.Value
            : new ContinuationTokenProtector(Convert.FromBase64String(options.ContinuationTokenKey));
    }

    /// <summary>Encodes a position in the results of a plan.</summary>
    public string Encode(QueryPlan plan, Dictionary<string, AttributeValue> resumeKey, int returned)
    {
        var document = ContinuationToken.Serialize(resumeKey, returned);
        var token = new byte[1 + NonceSize + document.Length + TagSize];
        token[0] = FormatVersion;
        var nonce = token.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, document, token.AsSpan(1 + NonceSize, document.Length), token.AsSpan(1 + NonceSize + document.Length), Encoding.UTF8.GetBytes(plan.Signature));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>Decodes a token issued for the same plan with the same key, or throws <see cref="InvalidContinuationTokenException"/>.</summary>
    public (Dictionary<string, AttributeValue> ResumeKey, int Returned) Decode(QueryPlan plan, string token)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException ex)
        {
            throw ContinuationToken.Invalid(plan, "it is not a token returned by PageAsync (not base64url)", ex);
        }

        if (bytes.Length <= 1 + NonceSize + TagSize || bytes[0] != FormatVersion)
        {
            throw ContinuationToken.Invalid(plan, "it is truncated or not a token returned by PageAsync", null);
        }

        var length = bytes.Length - 1 - NonceSize - TagSize;
        var document = new byte[length];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(bytes.AsSpan(1, NonceSize), bytes.AsSpan(1 + NonceSize, length), bytes.AsSpan(1 + NonceSize + length), document, Encoding.UTF8.GetBytes(plan.Signature));
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw ContinuationToken.Invalid(
                plan,
                "it was edited, issued for another specification, or issued under another ContinuationTokenKey (without one, tokens live as long as the process)",
                ex);
        }

        return ContinuationToken.Parse(plan, document);
    }
}
