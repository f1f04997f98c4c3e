using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.UnitOfWork;

/// <summary>
/// Estimates item sizes the way DynamoDB counts them: the UTF-8 length of every attribute name plus the size of its
/// value (strings in UTF-8, numbers about one byte per two significant digits plus one, binaries by length, one byte
/// for booleans and nulls, three bytes plus one per element for lists and maps).
/// </summary>
internal static class ItemSizeEstimator
{
    /// <summary>The largest item DynamoDB stores: 400 KB.</summary>
    public const long MaxItemBytes = 400 * 1024;

    /// <summary>The largest aggregate size of the items of one transaction: 4 MB.</summary>
    public const long MaxTransactionBytes = 4 * 1024 * 1024;

    /// <summary>Estimates the size of an item (or of a key).</summary>
    public static long Estimate(Dictionary<string, AttributeValue>? item)
    {
        if (item is null)
        {
            return 0;
        }

        long size = 0;
        foreach (var (name, value) in item)
        {
            size += Encoding.UTF8.GetByteCount(name) + Estimate(value);
        }

        return size;
    }

    /// <summary>Estimates the size of one attribute value.</summary>
    public static long Estimate(AttributeValue? value)
    {
        if (value is null)
        {
            return 0;
        }

        if (value.S is not null)
        {
            return Encoding.UTF8.GetByteCount(value.S);
        }

        if (value.N is not null)
        {
            return NumberSize(value.N);
        }

        if (value.B is not null)
        {
            return value.B.Length;
        }

        if (value.BOOL.HasValue || value.NULL.HasValue)
        {
            return 1;
        }

        if (value.SS is not null)
        {
            return value.SS.Sum(s => (long)Encoding.UTF8.GetByteCount(s));
        }

        if (value.NS is not null)
        {
            return value.NS.Sum(NumberSize);
        }

        if (value.BS is not null)
        {
            return value.BS.Sum(b => b.Length);
        }

        if (value.L is not null)
        {
            return 3 + value.L.Sum(e => Estimate(e) + 1);
        }

        if (value.M is not null)
        {
            return 3 + value.M.Sum(e => Encoding.UTF8.GetByteCount(e.Key) + Estimate(e.Value) + 1);
        }

        return 1;
    }

    /// <summary>Estimates the size of a number: one byte per two significant digits, plus one.</summary>
    public static long NumberSize(string number)
    {
        var digits = number.AsSpan().TrimStart('-').TrimStart('+');
        var exponent = digits.IndexOfAny('e', 'E');
        if (exponent >= 0)
        {
            digits = digits[..exponent];
        }

        var significant = 0;
        var leading = true;
        var trailingZeros = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                continue;
            }

            if (leading && c == '0')
            {
                continue;
            }

            leading = false;
            significant++;
            trailingZeros = c == '0' ? trailingZeros + 1 : 0;
        }

        significant -= trailingZeros;
        return ((Math.Max(significant, 1) + 1) / 2) + 1;
    }
}
