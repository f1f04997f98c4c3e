using System.Globalization;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>
/// Tells whether a stored number was read into a decimal without rounding. DynamoDB keeps 38 significant digits and
/// exponents down to -130; decimal holds 28 to 29 digits and 28 decimal places, and its parser rounds silently.
/// </summary>
internal static class DecimalDigits
{
    private const int SafeDigits = 28;

    /// <summary>Tells whether <paramref name="value"/> is exactly the number written as <paramref name="text"/>.</summary>
    public static bool IsExact(ReadOnlySpan<char> text, decimal value)
    {
        // Fast path: plain notation with at most 28 digits always parses exactly.
        var digits = 0;
        var plain = true;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is 'e' or 'E')
            {
                plain = false;
                break;
            }
        }

        return (plain && digits <= SafeDigits) || Normalize(text.ToString()) == Normalize(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The sign, the significant digits (no leading or trailing zeros) and the power of ten of the last one.</summary>
    private static (bool Negative, string Digits, long Exponent) Normalize(string text)
    {
        var exponentAt = text.IndexOfAny(['e', 'E']);
        long exponent = exponentAt < 0 ? 0 : long.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var negative = mantissa.StartsWith('-');
        mantissa = mantissa.TrimStart('-', '+');
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
            mantissa = mantissa.Remove(point, 1);
        }

        mantissa = mantissa.TrimStart('0');
        var trimmed = mantissa.TrimEnd('0');
        exponent += mantissa.Length - trimmed.Length;
        return trimmed.Length == 0 ? (false, "", 0) : (negative, trimmed, exponent);
    }
}
