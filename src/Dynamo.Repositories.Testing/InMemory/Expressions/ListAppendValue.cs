using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary><c>list_append(a, b)</c>: the elements of list a followed by those of list b.</summary>
internal sealed class ListAppendValue(UpdateValue first, UpdateValue second) : UpdateValue
{
    /// <inheritdoc/>
    public override AttributeValue Evaluate(Dictionary<string, AttributeValue> item)
    {
        var a = first.Evaluate(item);
        var b = second.Evaluate(item);
        if (a.L is null || b.L is null)
        {
            throw WrongType("; operator or function: list_append");
        }

        return new AttributeValue { L = [.. a.L.Select(AttributeValueCopier.Copy), .. b.L.Select(AttributeValueCopier.Copy)] };
    }
}
