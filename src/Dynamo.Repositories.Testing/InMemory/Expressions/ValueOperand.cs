using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>A value placeholder operand.</summary>
internal sealed class ValueOperand(AttributeValue value) : OperandNode
{
    /// <summary>Gets the value.</summary>
    public AttributeValue Value { get; } = value;

    /// <inheritdoc/>
    public override AttributeValue? Resolve(Dictionary<string, AttributeValue> item) => Value;
}
