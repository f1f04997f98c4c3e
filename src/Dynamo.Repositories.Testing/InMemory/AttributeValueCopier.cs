using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>Deep copies of items, so nothing stored shares a mutable object with an entity or a caller.</summary>
internal static class AttributeValueCopier
{
    /// <summary>Copies an item.</summary>
    public static Dictionary<string, AttributeValue> Copy(Dictionary<string, AttributeValue> item)
    {
        var copy = new Dictionary<string, AttributeValue>(item.Count, StringComparer.Ordinal);
        foreach (var (name, value) in item)
        {
            copy[name] = Copy(value);
        }

        return copy;
    }

    /// <summary>Copies one value (SDK v4: collections may be null).</summary>
    public static AttributeValue Copy(AttributeValue value) => new()
    {
        S = value.S,
        N = value.N,
        B = value.B is null ? null : new MemoryStream(value.B.ToArray()),
        BOOL = value.BOOL,
        NULL = value.NULL,
        SS = value.SS is null ? null : [.. value.SS],
        NS = value.NS is null ? null : [.. value.NS],
        BS = value.BS?.Select(b => new MemoryStream(b.ToArray())).ToList(),
        L = value.L?.Select(Copy).ToList(),
        M = value.M is null ? null : Copy(value.M),
    };
}
