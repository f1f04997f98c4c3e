using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Query;

/// <summary>
/// The plaintext of a <c>PageAsync</c> continuation token: a small JSON document with the key to resume after and the
/// number of items already returned. It is never handed out as it is: <see cref="ContinuationTokenProtector"/>
/// encrypts and authenticates it.
/// </summary>
internal static class ContinuationToken
{
    /// <summary>Writes the position document.</summary>
    public static byte[] Serialize(Dictionary<string, AttributeValue> resumeKey, int returned)
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

        return buffer.ToArray();
    }

    /// <summary>Reads a position document of a plan, or throws <see cref="InvalidContinuationTokenException"/>.</summary>
    public static (Dictionary<string, AttributeValue> ResumeKey, int Returned) Parse(QueryPlan plan, byte[] document)
    {
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

    /// <summary>Builds the error for a token that cannot be used, saying why and what to do.</summary>
    public static InvalidContinuationTokenException Invalid(QueryPlan plan, string reason, Exception? inner) =>
        new($"{plan.Entity.DisplayName}: the continuation token cannot be used because {reason}. Pass the token of the previous page of the same specification unchanged, or null to start from the first page.",
            plan.Entity.ClrType,
            inner);
}
