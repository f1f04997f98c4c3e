using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary><c>NOT a</c>.</summary>
internal sealed class NotNode(ConditionNode operand) : ConditionNode
{
    /// <inheritdoc/>
    public override bool Evaluate(Dictionary<string, AttributeValue> item) => !operand.Evaluate(item);
}
