using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>
/// <c>a = b</c>, <c>a &lt;&gt; b</c>, <c>a &lt; b</c>... with DynamoDB's typing: <c>=</c> is false and <c>&lt;&gt;</c> true
/// across types or when an operand is missing; ordering comparisons need two values of one ordered type (S, N, B).
/// </summary>
internal sealed class ComparisonNode(OperandNode left, string op, OperandNode right) : ConditionNode
{
    /// <summary>Gets the left operand.</summary>
    public OperandNode Left { get; } = left;

    /// <summary>Gets the operator.</summary>
    public string Operator { get; } = op;

    /// <summary>Gets the right operand.</summary>
    public OperandNode Right { get; } = right;

    /// <inheritdoc/>
    public override bool Evaluate(Dictionary<string, AttributeValue> item)
    {
        var left = Left.Resolve(item);
        var right = Right.Resolve(item);
        if (left is null || right is null)
        {
            return Operator == "<>";
        }

        return Operator switch
        {
            "=" => AttributeEquality.AreEqual(left, right),
            "<>" => !AttributeEquality.AreEqual(left, right),
            _ => AttributeOrder.TryCompare(left, right) is { } order && Operator switch
            {
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                _ => order >= 0,
            },
        };
    }
}
