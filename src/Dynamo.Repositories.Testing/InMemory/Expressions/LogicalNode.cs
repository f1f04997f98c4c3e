using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary><c>a AND b</c> or <c>a OR b</c>.</summary>
internal sealed class LogicalNode(ConditionNode left, bool isAnd, ConditionNode right) : ConditionNode
{
    /// <summary>Gets the left operand.</summary>
    public ConditionNode Left { get; } = left;

    /// <summary>Gets a value indicating whether this is an AND (otherwise an OR).</summary>
    public bool IsAnd { get; } = isAnd;

    /// <summary>Gets the right operand.</summary>
    public ConditionNode Right { get; } = right;

    /// <inheritdoc/>
    public override bool Evaluate(Dictionary<string, AttributeValue> item) =>
        IsAnd ? Left.Evaluate(item) && Right.Evaluate(item) : Left.Evaluate(item) || Right.Evaluate(item);
}
