using System.Text;
using System.Text.Json;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>
/// Reduces a captured request to what must be equal between contenders: the operation, the table, the key or the
/// item payload (canonical JSON), the key values of a query, whether each write carries a condition. Expression
/// strings and placeholder names may differ; the version attribute's value may differ (DynamoDBContext starts new
/// items at 0, the others at 1) but not its presence.
/// </summary>
public static class RequestShape
{
    public const string VersionAttribute = "Version";

    public static string Describe(CapturedRequest request)
    {
        using var document = JsonDocument.Parse(request.Body);
        var root = document.RootElement;
        var builder = new StringBuilder(request.Operation);
        switch (request.Operation)
        {
            case "GetItem":
                Append(builder, "table", Text(root, "TableName"));
                Append(builder, "key", Canonical(root, "Key"));
                Append(builder, "consistent", Flag(root, "ConsistentRead"));
                break;
            case "PutItem":
                Append(builder, "table", Text(root, "TableName"));
                Append(builder, "item", Item(root));
                Append(builder, "condition", HasCondition(root));
                break;
            case "Query":
                Append(builder, "table", Text(root, "TableName"));
                Append(builder, "index", Text(root, "IndexName"));
                Append(builder, "consistent", Flag(root, "ConsistentRead"));
                Append(builder, "forward", root.TryGetProperty("ScanIndexForward", out var forward) ? forward.GetRawText() : "true");
                Append(builder, "keyValues", KeyValues(root));
                Append(builder, "startKey", Canonical(root, "ExclusiveStartKey"));
                break;
            case "TransactWriteItems":
                foreach (var action in root.GetProperty("TransactItems").EnumerateArray())
                {
                    foreach (var kind in action.EnumerateObject())
                    {
                        builder.Append("\n  ").Append(kind.Name);
                        Append(builder, "table", Text(kind.Value, "TableName"));
                        Append(builder, "item", Item(kind.Value));
                        Append(builder, "key", Canonical(kind.Value, "Key"));
                        Append(builder, "condition", HasCondition(kind.Value));
                    }
                }

                break;
            default:
                builder.Append(' ').Append(JsonDocumentCanonical(root));
                break;
        }

        return builder.ToString();
    }

    /// <summary>Describes an item built by a mapper (no request around it), every value compared.</summary>
    public static string DescribeItem(Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> item)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            DynamoJson.WriteItem(writer, item);
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return DynamoJson.Canonical(document.RootElement);
    }

    private static void Append(StringBuilder builder, string name, string value) => builder.Append(' ').Append(name).Append('=').Append(value);

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() ?? "null" : "-";

    private static string Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True ? "true" : "false";

    private static string Canonical(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? DynamoJson.Canonical(value) : "-";

    private static string HasCondition(JsonElement element) =>
        element.TryGetProperty("ConditionExpression", out var c) && c.GetString() is { Length: > 0 } ? "yes"
        : element.TryGetProperty("Expected", out var e) && e.EnumerateObject().Any() ? "yes (Expected)"
        : "no";

    private static string Item(JsonElement element)
    {
        if (!element.TryGetProperty("Item", out var item))
        {
            return "-";
        }

        var parts = item.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => JsonSerializer.Serialize(p.Name) + ":" + (p.Name == VersionAttribute ? "{\"N\":*}" : DynamoJson.Canonical(p.Value)));
        return "{" + string.Join(',', parts) + "}";
    }

    // The key values of a query, whether sent as KeyConditionExpression values or as legacy KeyConditions.
    private static string KeyValues(JsonElement root)
    {
        var values = new List<string>();
        if (root.TryGetProperty("ExpressionAttributeValues", out var expressionValues))
        {
            values.AddRange(expressionValues.EnumerateObject().Select(p => DynamoJson.Canonical(p.Value)));
        }

        if (root.TryGetProperty("KeyConditions", out var conditions))
        {
            foreach (var condition in conditions.EnumerateObject())
            {
                values.AddRange(condition.Value.GetProperty("AttributeValueList").EnumerateArray().Select(DynamoJson.Canonical));
            }
        }

        values.Sort(StringComparer.Ordinal);
        return "[" + string.Join(',', values) + "]";
    }

    private static string JsonDocumentCanonical(JsonElement root) => DynamoJson.Canonical(root);
}
