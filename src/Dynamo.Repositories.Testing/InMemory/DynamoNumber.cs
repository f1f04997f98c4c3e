using System.Globalization;
using System.Numerics;
using System.Text;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>
/// A DynamoDB number: up to 38 significant digits, compared and added exactly (a decimal mantissa and a power of ten),
/// and written back in DynamoDB's canonical form (no leading or trailing zeros, no exponent).
/// </summary>
internal readonly record struct DynamoNumber(BigInteger Mantissa, int Exponent) : IComparable<DynamoNumber>
{
    private const int MaxDigits = 38;

    /// <summary>Parses a number as DynamoDB accepts it, or returns false.</summary>
    public static bool TryParse(string? text, out DynamoNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var exponent = 0;
        var e = s.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                return false;
            }

            s = s[..e];
        }

        var negative = s.StartsWith('-');
        if (negative || s.StartsWith('+'))
        {
            s = s[1..];
        }

        var dot = s.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? s : string.Concat(s.AsSpan(0, dot), s.AsSpan(dot + 1));
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        exponent -= dot < 0 ? 0 : s.Length - dot - 1;
        var mantissa = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        number = Normalize(negative ? -mantissa : mantissa, exponent);
        return number.Mantissa.IsZero || BigInteger.Abs(number.Mantissa).ToString(CultureInfo.InvariantCulture).Length <= MaxDigits;
    }

    /// <summary>Parses a number that is known to be valid.</summary>
    public static DynamoNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a DynamoDB number.");

    /// <summary>Adds two numbers exactly.</summary>
    public static DynamoNumber operator +(DynamoNumber left, DynamoNumber right)
    {
        var exponent = Math.Min(left.Exponent, right.Exponent);
        return Normalize(left.Scaled(exponent) + right.Scaled(exponent), exponent);
    }

    /// <summary>Subtracts two numbers exactly.</summary>
    public static DynamoNumber operator -(DynamoNumber left, DynamoNumber right) => left + new DynamoNumber(-right.Mantissa, right.Exponent);

    /// <inheritdoc/>
    public int CompareTo(DynamoNumber other)
    {
        var exponent = Math.Min(Exponent, other.Exponent);
        return Scaled(exponent).CompareTo(other.Scaled(exponent));
    }

    /// <summary>Writes the canonical text, e.g. <c>12.5</c>, <c>-0.003</c>, <c>1200</c>.</summary>
    public override string ToString()
    {
        if (Mantissa.IsZero)
        {
            return "0";
        }

        var digits = BigInteger.Abs(Mantissa).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        if (Mantissa.Sign < 0)
        {
            text.Append('-');
        }

        if (Exponent >= 0)
        {
            return text.Append(digits).Append('0', Exponent).ToString();
        }

        var point = digits.Length + Exponent;
        return point > 0
            ? text.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point).ToString()
            : text.Append("0.").Append('0', -point).Append(digits).ToString();
    }

    private BigInteger Scaled(int exponent) => Mantissa * BigInteger.Pow(10, Exponent - exponent);

    private static DynamoNumber Normalize(BigInteger mantissa, int exponent)
    {
        if (mantissa.IsZero)
        {
            return new DynamoNumber(BigInteger.Zero, 0);
        }

        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
            exponent++;
        }

        return new DynamoNumber(mantissa, exponent);
    }
}
