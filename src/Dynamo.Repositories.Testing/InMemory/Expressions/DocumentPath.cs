using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>A resolved document path (<c>a.b[2].c</c>): reads, writes and removes the value it names in an item.</summary>
internal sealed class DocumentPath(IReadOnlyList<PathElement> elements)
{
    /// <summary>Gets the steps of the path; the first is always a top-level attribute name.</summary>
    public IReadOnlyList<PathElement> Elements { get; } = elements;

    /// <summary>Gets the top-level attribute name.</summary>
    public string Root => Elements[0].Name!;

    /// <summary>Returns the value the path names, or null when it does not exist.</summary>
    public AttributeValue? Resolve(Dictionary<string, AttributeValue> item)
    {
        if (!item.TryGetValue(Root, out var current))
        {
            return null;
        }

        for (var i = 1; i < Elements.Count && current is not null; i++)
        {
            current = Step(current, Elements[i]);
        }

        return current;
    }

    /// <summary>Sets the value the path names; its parent must exist (DynamoDB does not create intermediate maps).</summary>
    /// <returns>False when the parent does not exist or is not a map or list of the right shape.</returns>
    public bool TrySet(Dictionary<string, AttributeValue> item, AttributeValue value)
    {
        if (Elements.Count == 1)
        {
            item[Root] = value;
            return true;
        }

        var parent = Parent(item);
        switch (parent)
        {
            case { M: not null } when Elements[^1].Name is { } name:
                parent.M[name] = value;
                return true;
            case { L: not null } when Elements[^1].Name is null:
                var index = Elements[^1].Index;
                if (index < parent.L.Count)
                {
                    parent.L[index] = value;
                }
                else
                {
                    parent.L.Add(value); // DynamoDB appends when the index is past the end.
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Removes the value the path names (a missing one is fine); false when the parent has the wrong shape.</summary>
    public bool TryRemove(Dictionary<string, AttributeValue> item)
    {
        if (Elements.Count == 1)
        {
            item.Remove(Root);
            return true;
        }

        var parent = Parent(item);
        switch (parent)
        {
            case null:
                return true;
            case { M: not null } when Elements[^1].Name is { } name:
                parent.M.Remove(name);
                return true;
            case { L: not null } when Elements[^1].Name is null:
                if (Elements[^1].Index < parent.L.Count)
                {
                    parent.L.RemoveAt(Elements[^1].Index);
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Returns whether two paths overlap (one is a prefix of the other), which DynamoDB refuses in one update.</summary>
    public bool Overlaps(DocumentPath other) =>
        Elements.Zip(other.Elements).All(p => p.First == p.Second);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Concat(Elements.Select((e, i) => e.Name is null ? e.ToString() : i == 0 ? e.Name : "." + e.Name));

    private AttributeValue? Parent(Dictionary<string, AttributeValue> item) =>
        new DocumentPath([.. Elements.Take(Elements.Count - 1)]).Resolve(item);

    private static AttributeValue? Step(AttributeValue current, PathElement element) => element.Name is { } name
        ? current.M is not null && current.M.TryGetValue(name, out var child) ? child : null
        : current.L is not null && element.Index < current.L.Count ? current.L[element.Index] : null;
}
