using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>Orders key attribute values as DynamoDB does: numbers numerically, strings and binaries by bytes.</summary>
internal sealed class AttributeOrder : IComparer<AttributeValue>
{
    public static readonly AttributeOrder Instance = new();

    public int Compare(AttributeValue? x, AttributeValue? y)
    {
        if (x?.N is not null && y?.N is not null)
        {
            return decimal.Parse(x.N, NumberStyles.Float, CultureInfo.InvariantCulture).CompareTo(decimal.Parse(y.N, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (x?.B is not null && y?.B is not null)
        {
            return x.B.ToArray().AsSpan().SequenceCompareTo(y.B.ToArray());
        }

        return string.CompareOrdinal(x?.S, y?.S);
    }
}
