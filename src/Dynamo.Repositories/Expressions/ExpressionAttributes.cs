using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Expressions;

/// <summary>
/// Collects the placeholders of one request: every attribute name becomes <c>#n0</c>, <c>#n1</c>... and every value
/// <c>:v0</c>, <c>:v1</c>..., so no name or value is ever concatenated into an expression.
/// </summary>
internal sealed class ExpressionAttributes
{
    private readonly Dictionary<string, string> _nameToPlaceholder = new(StringComparer.Ordinal);

    /// <summary>Gets the <c>ExpressionAttributeNames</c> of the request.</summary>
    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the <c>ExpressionAttributeValues</c> of the request.</summary>
    public Dictionary<string, AttributeValue> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Returns the placeholder of an attribute name, reusing it when the name was seen before.</summary>
    public string Name(string attributeName)
    {
        if (!_nameToPlaceholder.TryGetValue(attributeName, out var placeholder))
        {
            placeholder = "#n" + Names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _nameToPlaceholder[attributeName] = placeholder;
            Names[placeholder] = attributeName;
        }

        return placeholder;
    }

    /// <summary>Returns a new placeholder for a value.</summary>
    public string Value(AttributeValue value)
    {
        var placeholder = ":v" + Values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Values[placeholder] = value;
        return placeholder;
    }
}
