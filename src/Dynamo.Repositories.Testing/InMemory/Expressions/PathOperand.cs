using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>An attribute path operand.</summary>
internal sealed class PathOperand(DocumentPath path) : OperandNode
{
    /// <summary>Gets the path.</summary>
    public DocumentPath Path { get; } = path;

    /// <inheritdoc/>
    public override AttributeValue? Resolve(Dictionary<string, AttributeValue> item) => Path.Resolve(item);
}
