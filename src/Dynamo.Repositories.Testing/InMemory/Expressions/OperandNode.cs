using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>An operand of a condition: an attribute path, a value placeholder or <c>size(path)</c>.</summary>
internal abstract class OperandNode
{
    /// <summary>Returns the operand's value for an item, or null when it names nothing (a missing attribute).</summary>
    public abstract AttributeValue? Resolve(Dictionary<string, AttributeValue> item);
}
