using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>A canonical text of a transaction's payload, to tell a retry (same payload) from a reuse of its token.</summary>
internal static class RequestFingerprint
{
    /// <summary>Returns the fingerprint of a TransactWriteItems request (the token excluded).</summary>
    public static string Of(TransactWriteItemsRequest request)
    {
        var text = new StringBuilder();
        foreach (var action in request.TransactItems)
        {
            (string Kind, string Table, Dictionary<string, AttributeValue>? Item, string? Update, string? Condition, Dictionary<string, string>? Names, Dictionary<string, AttributeValue>? Values) part = action switch
            {
                { Put: { } p } => ("Put", p.TableName, p.Item, null, p.ConditionExpression, p.ExpressionAttributeNames, p.ExpressionAttributeValues),
                { Update: { } u } => ("Update", u.TableName, u.Key, u.UpdateExpression, u.ConditionExpression, u.ExpressionAttributeNames, u.ExpressionAttributeValues),
                { Delete: { } d } => ("Delete", d.TableName, d.Key, null, d.ConditionExpression, d.ExpressionAttributeNames, d.ExpressionAttributeValues),
                { ConditionCheck: { } c } => ("Check", c.TableName, c.Key, null, c.ConditionExpression, c.ExpressionAttributeNames, c.ExpressionAttributeValues),
                _ => ("?", string.Empty, null, null, null, null, null),
            };
            text.Append(part.Kind).Append('|').Append(part.Table).Append('|').Append(part.Update).Append('|').Append(part.Condition).Append('|');
            Append(text, part.Item);
            foreach (var (placeholder, name) in (part.Names ?? []).OrderBy(n => n.Key, StringComparer.Ordinal))
            {
                text.Append(placeholder).Append('=').Append(name).Append(';');
            }

            Append(text, part.Values);
            text.Append('\n');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, Dictionary<string, AttributeValue>? map)
    {
        text.Append('{');
        foreach (var (name, value) in (map ?? []).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(':');
            Append(text, value);
            text.Append(',');
        }

        text.Append('}');
    }

    private static void Append(StringBuilder text, AttributeValue value)
    {
        text.Append(AttributeKind.Of(value)).Append('(');
        if (value.M is not null)
        {
            Append(text, value.M);
        }
        else if (value.L is not null)
        {
            value.L.ForEach(e => Append(text, e));
        }
        else
        {
            text.AppendJoin(',', AttributeEquality.Elements(value).Append(value).Select(e => e.S ?? e.N ?? (e.B is null ? e.BOOL?.ToString() : Convert.ToBase64String(e.B.ToArray())) ?? string.Empty));
        }

        text.Append(')');
    }
}
