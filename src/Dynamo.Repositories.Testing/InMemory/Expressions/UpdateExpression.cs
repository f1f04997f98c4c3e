using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>A parsed update expression: every right-hand side is read from the item before the update, then applied.</summary>
internal sealed class UpdateExpression(IReadOnlyList<UpdateAction> actions)
{
    /// <summary>Gets the actions, in the order written.</summary>
    public IReadOnlyList<UpdateAction> Actions { get; } = actions;

    /// <summary>Returns the updated copy of an item (an empty item when none is stored), or throws DynamoDB's validation error.</summary>
    public Dictionary<string, AttributeValue> Apply(Dictionary<string, AttributeValue> stored)
    {
        var values = Actions.Select(a => a.Value?.Evaluate(stored)).ToArray();
        var item = AttributeValueCopier.Copy(stored);
        for (var i = 0; i < Actions.Count; i++)
        {
            var action = Actions[i];
            var ok = action.Clause switch
            {
                "SET" => action.Path.TrySet(item, AttributeValueCopier.Copy(values[i]!)),
                "REMOVE" => action.Path.TryRemove(item),
                "ADD" => Add(item, action.Path, values[i]!),
                _ => Delete(item, action.Path, values[i]!),
            };
            if (!ok)
            {
                throw DynamoErrors.Validation("The document path provided in the update expression is invalid for update");
            }
        }

        return item;
    }

    private static bool Add(Dictionary<string, AttributeValue> item, DocumentPath path, AttributeValue value)
    {
        var existing = path.Resolve(item);
        if (existing is null)
        {
            return (value.N is not null || AttributeKind.IsSet(value)) ? path.TrySet(item, AttributeValueCopier.Copy(value)) : throw WrongType("ADD");
        }

        if (existing.N is not null && value.N is not null)
        {
            return path.TrySet(item, new AttributeValue { N = (DynamoNumber.Parse(existing.N) + DynamoNumber.Parse(value.N)).ToString() });
        }

        if (AttributeKind.IsSet(existing) && AttributeKind.Of(existing) == AttributeKind.Of(value))
        {
            var union = AttributeValueCopier.Copy(existing);
            foreach (var element in AttributeEquality.Elements(value).Where(e => !AttributeEquality.SetContains(existing, e)))
            {
                AddElement(union, element);
            }

            return path.TrySet(item, union);
        }

        throw WrongType("ADD");
    }

    private static bool Delete(Dictionary<string, AttributeValue> item, DocumentPath path, AttributeValue value)
    {
        var existing = path.Resolve(item);
        if (existing is null)
        {
            return true;
        }

        if (!AttributeKind.IsSet(existing) || AttributeKind.Of(existing) != AttributeKind.Of(value))
        {
            throw WrongType("DELETE");
        }

        var kept = AttributeEquality.Elements(existing).Where(e => !AttributeEquality.SetContains(value, e)).ToList();
        if (kept.Count == 0)
        {
            return path.TryRemove(item);
        }

        var remaining = new AttributeValue
        {
            SS = existing.SS is null ? null : [.. kept.Select(e => e.S)],
            NS = existing.NS is null ? null : [.. kept.Select(e => e.N)],
            BS = existing.BS is null ? null : [.. kept.Select(e => e.B)],
        };
        return path.TrySet(item, remaining);
    }

    private static void AddElement(AttributeValue set, AttributeValue element)
    {
        set.SS?.Add(element.S);
        set.NS?.Add(element.N);
        set.BS?.Add(element.B);
    }

    private static Exception WrongType(string clause) =>
        DynamoErrors.Validation($"An operand in the update expression has an incorrect data type; operator or function: {clause}");
}
