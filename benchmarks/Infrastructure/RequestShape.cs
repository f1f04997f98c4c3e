using System.Text;
using System.Text.Json;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>
/// Reduces a captured request to what must be equal between contenders: the operation, the table, the key or the
/// item payload (canonical JSON), the key values of a query, whether each write carries a condition. Expression
/// strings and placeholder names may differ; the version attribute's value may differ (DynamoDBContext starts new
/// items at 0, the others at 1) but not its presence. A PutItem and an UpdateItem that SETs every attribute of a new
/// item (DynamoDBContext saves that way) are the same write: both are described as "Write" with the item they store.
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
            case "PutItem" or "UpdateItem":
                builder.Clear().Append("Write");
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
                        builder.Append("\n  ").Append(kind.Name is "Put" or "Update" ? "Write" : kind.Name);
                        Append(builder, "table", Text(kind.Value, "TableName"));
                        Append(builder, "item", Item(kind.Value));
                        Append(builder, "key", kind.Name is "Put" or "Update" ? "-" : Canonical(kind.Value, "Key"));
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
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (element.TryGetProperty("Item", out var item))
        {
            foreach (var property in item.EnumerateObject())
            {
                attributes[property.Name] = DynamoJson.Canonical(property.Value);
            }
        }
        else if (element.TryGetProperty("UpdateExpression", out var update))
        {
            foreach (var property in element.GetProperty("Key").EnumerateObject())
            {
                attributes[property.Name] = DynamoJson.Canonical(property.Value);
            }

            foreach (var (name, value) in SetClauses(element, update.GetString() ?? string.Empty))
            {
                attributes[name] = value;
            }
        }
        else
        {
            return "-";
        }

        var parts = attributes.Select(p => JsonSerializer.Serialize(p.Key) + ":" + (p.Key == VersionAttribute ? "{\"N\":*}" : p.Value));
        return "{" + string.Join(',', parts) + "}";
    }

    // "SET #a = :a, #b = :b REMOVE #c": the attributes an update writes, resolved through the placeholders.
    private static IEnumerable<(string Name, string Value)> SetClauses(JsonElement element, string expression)
    {
        var set = expression.IndexOf("SET ", StringComparison.Ordinal);
        if (set < 0)
        {
            yield break;
        }

        var clause = expression[(set + 4)..];
        foreach (var keyword in new[] { " REMOVE ", " ADD ", " DELETE " })
        {
            var end = clause.IndexOf(keyword, StringComparison.Ordinal);
            clause = end >= 0 ? clause[..end] : clause;
        }

        var names = element.TryGetProperty("ExpressionAttributeNames", out var n) ? n : default;
        var values = element.TryGetProperty("ExpressionAttributeValues", out var v) ? v : default;
        foreach (var assignment in clause.Split(',', StringSplitOptions.TrimEntries))
        {
            var parts = assignment.Split('=', 2, StringSplitOptions.TrimEntries);
            var name = parts[0].StartsWith('#') && names.ValueKind == JsonValueKind.Object ? names.GetProperty(parts[0]).GetString()! : parts[0];
            var value = parts[1].StartsWith(':') && values.ValueKind == JsonValueKind.Object && values.TryGetProperty(parts[1], out var found)
                ? DynamoJson.Canonical(found)
                : "<" + parts[1] + ">";
            yield return (name, value);
        }
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
