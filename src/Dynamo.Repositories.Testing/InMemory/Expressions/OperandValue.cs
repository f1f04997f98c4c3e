using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>A path or value placeholder on the right of SET; a missing path is an error.</summary>
internal sealed class OperandValue(OperandNode operand) : UpdateValue
{
    /// <inheritdoc/>
    public override AttributeValue Evaluate(Dictionary<string, AttributeValue> item) => operand.Resolve(item) ?? throw Missing();
}
