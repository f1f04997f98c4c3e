using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary><c>a + b</c> or <c>a - b</c> in SET: both numbers, computed exactly.</summary>
internal sealed class ArithmeticValue(UpdateValue left, bool add, UpdateValue right) : UpdateValue
{
    /// <inheritdoc/>
    public override AttributeValue Evaluate(Dictionary<string, AttributeValue> item)
    {
        var a = left.Evaluate(item);
        var b = right.Evaluate(item);
        if (a.N is null || b.N is null)
        {
            throw WrongType(string.Empty);
        }

        var x = DynamoNumber.Parse(a.N);
        var y = DynamoNumber.Parse(b.N);
        return new AttributeValue { N = (add ? x + y : x - y).ToString() };
    }
}
