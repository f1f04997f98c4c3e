using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>
/// The placeholders of one request (<c>ExpressionAttributeNames</c> and <c>ExpressionAttributeValues</c>), shared by its
/// expressions, with DynamoDB's checks: a placeholder must be defined, and every defined one must be used.
/// </summary>
internal sealed class ExpressionContext(Dictionary<string, string>? names, Dictionary<string, AttributeValue>? values)
{
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedValues = new(StringComparer.Ordinal);

    /// <summary>Resolves a name placeholder, or fails as DynamoDB does.</summary>
    public string Name(string placeholder, string kind)
    {
        if (names is null || !names.TryGetValue(placeholder, out var name))
        {
            throw DynamoErrors.Validation($"Invalid {kind}: An expression attribute name used in the document path is not defined; attribute name: {placeholder}");
        }

        _usedNames.Add(placeholder);
        return name;
    }

    /// <summary>Resolves a value placeholder, or fails as DynamoDB does.</summary>
    public AttributeValue Value(string placeholder, string kind)
    {
        if (values is null || !values.TryGetValue(placeholder, out var value))
        {
            throw DynamoErrors.Validation($"Invalid {kind}: An expression attribute value used in expression is not defined; attribute value: {placeholder}");
        }

        _usedValues.Add(placeholder);
        return value;
    }

    /// <summary>Fails when a defined placeholder is used by none of the request's expressions, as DynamoDB does.</summary>
    public void RequireAllUsed()
    {
        var unusedNames = (names?.Keys ?? Enumerable.Empty<string>()).Where(n => !_usedNames.Contains(n)).ToList();
        if (unusedNames.Count > 0)
        {
            throw DynamoErrors.Validation($"Value provided in ExpressionAttributeNames unused in expressions: keys: {{{string.Join(", ", unusedNames)}}}");
        }

        var unusedValues = (values?.Keys ?? Enumerable.Empty<string>()).Where(v => !_usedValues.Contains(v)).ToList();
        if (unusedValues.Count > 0)
        {
            throw DynamoErrors.Validation($"Value provided in ExpressionAttributeValues unused in expressions: keys: {{{string.Join(", ", unusedValues)}}}");
        }
    }
}
