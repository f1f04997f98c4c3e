using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>A parsed condition (or key condition, or filter) that evaluates against one item.</summary>
internal abstract class ConditionNode
{
    /// <summary>Returns whether the condition holds for an item (an empty item stands for a missing one).</summary>
    public abstract bool Evaluate(Dictionary<string, AttributeValue> item);
}
