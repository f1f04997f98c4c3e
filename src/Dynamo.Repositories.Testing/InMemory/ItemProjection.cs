using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory.Expressions;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>Applies a projection expression: only the paths named are returned, nested maps and lists trimmed to them.</summary>
internal static class ItemProjection
{
    /// <summary>Returns the projected item (the item itself when there is no projection).</summary>
    public static Dictionary<string, AttributeValue> Apply(Dictionary<string, AttributeValue> item, IReadOnlyList<DocumentPath>? paths)
    {
        if (paths is null)
        {
            return item;
        }

        var projected = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path.Resolve(item) is not { } value)
            {
                continue;
            }

            if (path.Elements.Count == 1)
            {
                projected[path.Root] = AttributeValueCopier.Copy(value);
                continue;
            }

            // Rebuild the containers down to the value: maps keep the named keys, lists the named elements in order.
            if (!projected.TryGetValue(path.Root, out var container))
            {
                container = Empty(item[path.Root]);
                projected[path.Root] = container;
            }

            var source = item[path.Root];
            for (var i = 1; i < path.Elements.Count; i++)
            {
                var element = path.Elements[i];
                var child = element.Name is { } name ? source.M[name] : source.L[element.Index];
                var last = i == path.Elements.Count - 1;
                var next = last ? AttributeValueCopier.Copy(child) : Existing(container, element) ?? Empty(child);
                if (element.Name is { } key)
                {
                    container.M[key] = next;
                }
                else if (Existing(container, element) is null)
                {
                    container.L.Add(next);
                }

                container = next;
                source = child;
            }
        }

        return projected;
    }

    private static AttributeValue Empty(AttributeValue like) =>
        like.M is not null ? new AttributeValue { M = new(StringComparer.Ordinal) } : new AttributeValue { L = [] };

    // A projected list holds the selected elements in order; this finds one already copied for an earlier path.
    private static AttributeValue? Existing(AttributeValue container, PathElement element) =>
        element.Name is { } name
            ? container.M.TryGetValue(name, out var existing) ? existing : null
            : null;
}
