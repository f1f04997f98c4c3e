using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>The right-hand side of a SET action, evaluated against the item as it was before the update.</summary>
internal abstract class UpdateValue
{
    /// <summary>Gets the value for an item, or throws DynamoDB's validation error.</summary>
    public abstract AttributeValue Evaluate(Dictionary<string, AttributeValue> item);

    /// <summary>DynamoDB's error when an operand names an attribute the item does not have.</summary>
    protected static Exception Missing() =>
        DynamoErrors.Validation("The provided expression refers to an attribute that does not exist in the item");

    /// <summary>DynamoDB's error when an operand has the wrong type.</summary>
    protected static Exception WrongType(string function) =>
        DynamoErrors.Validation($"An operand in the update expression has an incorrect data type{function}");
}
