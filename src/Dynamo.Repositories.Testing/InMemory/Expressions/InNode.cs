using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary><c>a IN (b, c, ...)</c>: true when the operand equals one of the candidates.</summary>
internal sealed class InNode(OperandNode operand, IReadOnlyList<OperandNode> candidates) : ConditionNode
{
    /// <inheritdoc/>
    public override bool Evaluate(Dictionary<string, AttributeValue> item) =>
        operand.Resolve(item) is { } value
        && candidates.Any(c => c.Resolve(item) is { } candidate && AttributeEquality.AreEqual(value, candidate));
}
