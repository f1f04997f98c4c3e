using System.Runtime.CompilerServices;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Items;

/// <summary>
/// Estimates item sizes the way DynamoDB counts them: the UTF-8 length of every attribute name plus the size of its
/// value (strings in UTF-8, numbers about one byte per two significant digits plus one, binaries by length, one byte
/// for booleans and nulls, three bytes plus one per element for lists and maps).
/// </summary>
/// <remarks>
/// The limits are checked with a cheap upper bound first (<see cref="Bound(Dictionary{string, AttributeValue}?)"/>:
/// string lengths only, no UTF-8 counting, no digit counting); the exact estimate is computed only when the bound could
/// exceed a limit, so it decides every case that matters and costs nothing in the common one.
/// </remarks>
internal static class ItemSizeEstimator
{
    /// <summary>The largest item DynamoDB stores: 400 KB.</summary>
    public const long MaxItemBytes = 400 * 1024;

    /// <summary>The largest aggregate size of the items of one transaction: 4 MB.</summary>
    public const long MaxTransactionBytes = 4 * 1024 * 1024;

    // UTF-8 takes at most three bytes per UTF-16 code unit (a surrogate pair, two units, takes four).
    private const int MaxUtf8BytesPerChar = 3;

    /// <summary>
    /// Tells whether an item is larger than <paramref name="limit"/>. <paramref name="size"/> is the exact estimate when
    /// the cheap bound was over the limit (so it had to be computed), and 0 otherwise.
    /// </summary>
    public static bool Exceeds(Dictionary<string, AttributeValue>? item, long limit, out long size)
    {
        size = 0;
        if (Bound(item) <= limit)
        {
            return false;
        }

        size = Estimate(item);
        return size > limit;
    }

    /// <summary>Estimates the size of an item (or of a key).</summary>
    public static long Estimate(Dictionary<string, AttributeValue>? item) => Size<Exact>(item);

    /// <summary>Estimates the size of one attribute value.</summary>
    public static long Estimate(AttributeValue? value) => Size<Exact>(value);

    /// <summary>An upper bound of <see cref="Estimate(Dictionary{string, AttributeValue}?)"/> that reads string lengths only.</summary>
    public static long Bound(Dictionary<string, AttributeValue>? item) => Size<UpperBound>(item);

    /// <summary>An upper bound of <see cref="Estimate(AttributeValue?)"/> that reads string lengths only.</summary>
    public static long Bound(AttributeValue? value) => Size<UpperBound>(value);

    /// <summary>The bound of one attribute (its name and its value): the share of <see cref="Bound(Dictionary{string, AttributeValue}?)"/>.</summary>
    public static long Bound(string name, AttributeValue? value) => UpperBound.Text(name) + Size<UpperBound>(value);

    /// <summary>
    /// <see cref="Bound(AttributeValue?)"/> of a written value, with strings and numbers (most attributes) sized inline:
    /// compiled writers call it once per attribute.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long WrittenBound(AttributeValue value) =>
        value.S is { } text ? TextBound(text.Length) : value.N is { } number ? UpperBound.Number(number) : Size<UpperBound>(value);

    /// <summary>The bound of a string of <paramref name="length"/> UTF-16 units (a name or an S value).</summary>
    public static long TextBound(int length) => (long)MaxUtf8BytesPerChar * length;

    private static long Size<TRule>(Dictionary<string, AttributeValue>? item)
        where TRule : struct, ISizeRule
    {
        if (item is null)
        {
            return 0;
        }

        long size = 0;
        foreach (var (name, value) in item)
        {
            size += TRule.Text(name) + Size<TRule>(value);
        }

        return size;
    }

    private static long Size<TRule>(AttributeValue? value)
        where TRule : struct, ISizeRule
    {
        if (value is null)
        {
            return 0;
        }

        if (value.S is not null)
        {
            return TRule.Text(value.S);
        }

        if (value.N is not null)
        {
            return TRule.Number(value.N);
        }

        if (value.B is not null)
        {
            return value.B.Length;
        }

        if (value.BOOL.HasValue || value.NULL.HasValue)
        {
            return 1;
        }

        long size = 0;
        if (value.SS is { } strings)
        {
            foreach (var text in strings)
            {
                size += TRule.Text(text);
            }

            return size;
        }

        if (value.NS is { } numbers)
        {
            foreach (var number in numbers)
            {
                size += TRule.Number(number);
            }

            return size;
        }

        if (value.BS is { } binaries)
        {
            foreach (var binary in binaries)
            {
                size += binary.Length;
            }

            return size;
        }

        if (value.L is { } list)
        {
            foreach (var element in list)
            {
                size += Size<TRule>(element) + 1;
            }

            return 3 + size;
        }

        if (value.M is { } map)
        {
            foreach (var (name, element) in map)
            {
                size += TRule.Text(name) + Size<TRule>(element) + 1;
            }

            return 3 + size;
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

    /// <summary>How strings and numbers are sized: exactly, or bounded from their length alone.</summary>
    private interface ISizeRule
    {
        /// <summary>Sizes a string (an attribute name, an S value or a set element).</summary>
        static abstract long Text(string text);

        /// <summary>Sizes a number.</summary>
        static abstract long Number(string number);
    }

    /// <summary>DynamoDB's count: UTF-8 bytes and significant digits.</summary>
    private readonly struct Exact : ISizeRule
    {
        public static long Text(string text) => Encoding.UTF8.GetByteCount(text);

        public static long Number(string number) => NumberSize(number);
    }

    /// <summary>An upper bound from lengths only: three UTF-8 bytes per UTF-16 unit, every character a significant digit.</summary>
    private readonly struct UpperBound : ISizeRule
    {
        public static long Text(string text) => TextBound(text.Length);

        public static long Number(string number) => ((Math.Max(number.Length, 1) + 1) / 2) + 1;
    }
}
