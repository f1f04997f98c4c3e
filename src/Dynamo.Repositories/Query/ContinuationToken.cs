using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Query;

/// <summary>
/// The opaque, URL-safe continuation token of <c>PageAsync</c>: base64url of a 16-byte SHA-256 digest followed by a
/// small JSON document (the key to resume after and the number of items already returned). The digest covers the
/// plan's signature and the document, so a token edited, truncated or issued for another specification is refused.
/// It is a checksum, not a secret: tokens carry key values, which callers already know.
/// </summary>
internal static class ContinuationToken
{
    private const int DigestLength = 16;

    /// <summary>Encodes a position in the results of a plan.</summary>
    public static string Encode(QueryPlan plan, Dictionary<string, AttributeValue> resumeKey, int returned)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("n", returned);
            writer.WriteStartObject("k");
            foreach (var (name, value) in resumeKey.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(name);
                if (value.S is not null)
                {
                    writer.WriteString("S", value.S);
                }
                else if (value.N is not null)
                {
                    writer.WriteString("N", value.N);
                }
                else if (value.B is not null)
                {
                    writer.WriteBase64String("B", value.B.ToArray());
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        var document = buffer.ToArray();
        var token = new byte[DigestLength + document.Length];
        Digest(plan, document).CopyTo(token, 0);
        document.CopyTo(token, DigestLength);
        return Base64Url.EncodeToString(token);
    }

    /// <summary>Decodes a token issued for the same plan, or throws <see cref="InvalidContinuationTokenException"/>.</summary>
    public static (Dictionary<string, AttributeValue> ResumeKey, int Returned) Decode(QueryPlan plan, string token)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException ex)
        {
            throw Invalid(plan, "it is not a token returned by PageAsync (not base64url)", ex);
        }

        if (bytes.Length <= DigestLength)
        {
            throw Invalid(plan, "it is too short", null);
        }

        var document = bytes.AsSpan(DigestLength).ToArray();
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(0, DigestLength), Digest(plan, document)))
        {
            throw Invalid(plan, "it was issued for another specification or another request, or it was edited", null);
        }

        try
        {
            using var json = JsonDocument.Parse(document);
            var returned = json.RootElement.GetProperty("n").GetInt32();
            var key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
            foreach (var attribute in json.RootElement.GetProperty("k").EnumerateObject())
            {
                var value = attribute.Value;
                key[attribute.Name] = value.TryGetProperty("S", out var s) ? new AttributeValue { S = s.GetString() }
                    : value.TryGetProperty("N", out var n) ? new AttributeValue { N = n.GetString() }
                    : value.TryGetProperty("B", out var b) ? new AttributeValue { B = new MemoryStream(b.GetBytesFromBase64()) }
                    : throw new FormatException("A key attribute has no S, N or B value.");
            }

            if (returned < 0 || key.Count != plan.PositionAttributes.Count || !plan.PositionAttributes.All(key.ContainsKey))
            {
                throw new FormatException("The key does not match the plan's key attributes.");
            }

            return (key, returned);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw Invalid(plan, "its content is malformed", ex);
        }
    }

    private static byte[] Digest(QueryPlan plan, byte[] document)
    {
        var signature = Encoding.UTF8.GetBytes(plan.Signature);
        var input = new byte[signature.Length + 1 + document.Length];
        signature.CopyTo(input, 0);
        document.CopyTo(input, signature.Length + 1);
        return SHA256.HashData(input).AsSpan(0, DigestLength).ToArray();
    }

    private static InvalidContinuationTokenException Invalid(QueryPlan plan, string reason, Exception? inner) =>
        new($"{plan.Entity.DisplayName}: the continuation token cannot be used because {reason}. Pass the token of the previous page of the same specification unchanged, or null to start from the first page.",
            plan.Entity.ClrType,
            inner);
}
