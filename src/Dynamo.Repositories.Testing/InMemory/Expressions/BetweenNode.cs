using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary><c>a BETWEEN b AND c</c>: inclusive, all three of one ordered type.</summary>
internal sealed class BetweenNode(OperandNode operand, OperandNode low, OperandNode high) : ConditionNode
{
    /// <summary>Gets the operand tested.</summary>
    public OperandNode Operand { get; } = operand;

    /// <summary>Gets the lower bound.</summary>
    public OperandNode Low { get; } = low;

    /// <summary>Gets the upper bound.</summary>
    public OperandNode High { get; } = high;

    /// <inheritdoc/>
    public override bool Evaluate(Dictionary<string, AttributeValue> item) =>
        Operand.Resolve(item) is { } value
        && Low.Resolve(item) is { } low
        && High.Resolve(item) is { } high
        && AttributeOrder.TryCompare(low, value) is <= 0
        && AttributeOrder.TryCompare(value, high) is <= 0;
}
