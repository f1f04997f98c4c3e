using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Items;

/// <summary>Writes an attribute value as unambiguous canonical text (for request signatures; key identity is <see cref="ItemIdentity"/>).</summary>
internal static class AttributeValueText
{
    /// <summary>Appends the canonical text of a value.</summary>
    public static void Append(StringBuilder text, AttributeValue value)
    {
        if (value.S is not null)
        {
            AppendString(text.Append('S'), value.S);
        }
        else if (value.N is not null)
        {
            AppendString(text.Append('N'), value.N);
        }
        else if (value.B is not null)
        {
            AppendString(text.Append('B'), Convert.ToBase64String(value.B.ToArray()));
        }
        else if (value.BOOL is { } flag)
        {
            text.Append(flag ? "T" : "F");
        }
        else if (value.NULL is true)
        {
            text.Append('0');
        }
        else if (value.SS is not null)
        {
            AppendList(text.Append("SS"), value.SS);
        }
        else if (value.NS is not null)
        {
            AppendList(text.Append("NS"), value.NS);
        }
        else if (value.BS is not null)
        {
            AppendList(text.Append("BS"), value.BS.Select(b => Convert.ToBase64String(b.ToArray())));
        }
        else if (value.L is not null)
        {
            text.Append("L[");
            foreach (var element in value.L)
            {
                Append(text, element);
                text.Append(',');
            }

            text.Append(']');
        }
        else if (value.M is not null)
        {
            text.Append("M{");
            foreach (var (name, element) in value.M.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                AppendString(text, name);
                Append(text, element);
                text.Append(',');
            }

            text.Append('}');
        }
        else
        {
            text.Append('?');
        }
    }

    private static void AppendString(StringBuilder text, string value) =>
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    private static void AppendList(StringBuilder text, IEnumerable<string> values)
    {
        text.Append('[');
        foreach (var value in values)
        {
            AppendString(text, value);
        }

        text.Append(']');
    }
}
