using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>The condition functions: attribute_exists, attribute_not_exists, attribute_type, begins_with, contains.</summary>
internal sealed class FunctionNode(string name, DocumentPath path, OperandNode? argument) : ConditionNode
{
    /// <summary>Gets the function name, in lower case.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the path the function tests.</summary>
    public DocumentPath Path { get; } = path;

    /// <summary>Gets the second argument, for attribute_type, begins_with and contains.</summary>
    public OperandNode? Argument { get; } = argument;

    /// <inheritdoc/>
    public override bool Evaluate(Dictionary<string, AttributeValue> item)
    {
        var value = Path.Resolve(item);
        var argument = Argument?.Resolve(item);
        return Name switch
        {
            "attribute_exists" => value is not null,
            "attribute_not_exists" => value is null,
            _ when value is null || argument is null => false,
            "attribute_type" => argument.S == AttributeKind.Of(value),
            "begins_with" => BeginsWith(value, argument),
            _ => Contains(value, argument),
        };
    }

    private static bool BeginsWith(AttributeValue value, AttributeValue prefix) =>
        value.S is not null && prefix.S is not null ? value.S.StartsWith(prefix.S, StringComparison.Ordinal)
        : value.B is not null && prefix.B is not null && value.B.ToArray().AsSpan().StartsWith(prefix.B.ToArray());

    private static bool Contains(AttributeValue value, AttributeValue operand) =>
        value.S is not null ? operand.S is not null && value.S.Contains(operand.S, StringComparison.Ordinal)
        : value.B is not null ? operand.B is not null && value.B.ToArray().AsSpan().IndexOf(operand.B.ToArray()) >= 0
        : AttributeKind.IsSet(value) ? AttributeEquality.SetContains(value, operand)
        : value.L is not null && value.L.Any(e => AttributeEquality.AreEqual(e, operand));
}
