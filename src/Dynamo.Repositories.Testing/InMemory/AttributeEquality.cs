using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>DynamoDB's equality of two values: same type and same content (numbers by value, sets in any order).</summary>
internal static class AttributeEquality
{
    /// <summary>Returns whether two values are equal as DynamoDB's <c>=</c> decides.</summary>
    public static bool AreEqual(AttributeValue left, AttributeValue right)
    {
        var kind = AttributeKind.Of(left);
        if (kind != AttributeKind.Of(right))
        {
            return false;
        }

        return kind switch
        {
            "S" or "N" or "B" => AttributeOrder.TryCompare(left, right) == 0,
            "BOOL" => left.BOOL == right.BOOL,
            "NULL" => true,
            "SS" => SameSet(left.SS, right.SS, s => new AttributeValue { S = s }),
            "NS" => SameSet(left.NS, right.NS, n => new AttributeValue { N = n }),
            "BS" => SameSet(left.BS, right.BS, b => new AttributeValue { B = b }),
            "L" => left.L.Count == right.L.Count && left.L.Zip(right.L).All(p => AreEqual(p.First, p.Second)),
            _ => left.M.Count == right.M.Count
                && left.M.All(a => right.M.TryGetValue(a.Key, out var other) && AreEqual(a.Value, other)),
        };
    }

    /// <summary>Returns whether a set holds an element equal to a scalar value.</summary>
    public static bool SetContains(AttributeValue set, AttributeValue element) =>
        Elements(set).Any(e => AreEqual(e, element));

    /// <summary>Returns the elements of a set as scalar values.</summary>
    public static IEnumerable<AttributeValue> Elements(AttributeValue set) =>
        set.SS is not null ? set.SS.Select(s => new AttributeValue { S = s })
        : set.NS is not null ? set.NS.Select(n => new AttributeValue { N = n })
        : set.BS is not null ? set.BS.Select(b => new AttributeValue { B = b })
        : [];

    private static bool SameSet<TElement>(List<TElement> left, List<TElement> right, Func<TElement, AttributeValue> wrap) =>
        left.Count == right.Count && left.All(l => right.Any(r => AreEqual(wrap(l), wrap(r))));
}
