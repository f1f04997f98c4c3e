using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>
/// Orders scalar values as DynamoDB does: strings by their UTF-8 bytes, numbers numerically (exactly), binaries
/// bytewise (unsigned). Values of different types are not ordered.
/// </summary>
internal sealed class AttributeOrder : IComparer<AttributeValue>
{
    /// <summary>Gets the shared instance.</summary>
    public static AttributeOrder Instance { get; } = new();

    /// <summary>Compares two values of the same ordered type; returns null when they cannot be compared.</summary>
    public static int? TryCompare(AttributeValue left, AttributeValue right)
    {
        var kind = AttributeKind.Of(left);
        if (!AttributeKind.IsOrdered(kind) || kind != AttributeKind.Of(right))
        {
            return null;
        }

        return kind switch
        {
            "S" => CompareBytes(Encoding.UTF8.GetBytes(left.S), Encoding.UTF8.GetBytes(right.S)),
            "N" => DynamoNumber.Parse(left.N).CompareTo(DynamoNumber.Parse(right.N)),
            _ => CompareBytes(left.B.ToArray(), right.B.ToArray()),
        };
    }

    /// <inheritdoc/>
    public int Compare(AttributeValue? x, AttributeValue? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return TryCompare(x, y) ?? string.CompareOrdinal(AttributeKind.Of(x), AttributeKind.Of(y));
    }

    private static int CompareBytes(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => left.SequenceCompareTo(right) switch
    {
        < 0 => -1,
        > 0 => 1,
        _ => 0,
    };
}
