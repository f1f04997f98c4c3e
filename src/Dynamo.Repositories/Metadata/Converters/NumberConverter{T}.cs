using System.Globalization;
using System.Numerics;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>
/// Integral, floating and decimal numbers as N, formatted and parsed with the invariant culture. Floating values use
/// the shortest round-trip form ("R"); decimal keeps its full precision. A stored number that does not fit is an error,
/// never a truncation, and so is one with more significant digits than decimal holds (unless the property allows rounding); NaN, infinities and doubles outside DynamoDB's range (1E-130 to 9.99E+125) cannot be written.
/// </summary>
/// <typeparam name="T">The number type.</typeparam>
internal sealed class NumberConverter<T> : AttributeConverter<T>
    where T : struct, INumberBase<T>
{
    // DynamoDB numbers: up to 38 digits of precision, magnitude between 1E-130 and 9.9999999999999999999999999999999999999E+125.
    private const double MaxMagnitude = 9.9999999999999999999999999999999999999E+125;
    private const double MinMagnitude = 1E-130;

    private static readonly bool IsFloating = typeof(T) == typeof(double) || typeof(T) == typeof(float);
    private static readonly string? Format = IsFloating ? "R" : null;
    private static readonly bool IsIntegral = typeof(T).GetInterfaces().Any(
        i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IBinaryInteger<>));

    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.N;

    /// <inheritdoc/>
    public override AttributeValue Write(T value) => WriteValue(value);

    /// <inheritdoc/>
    public override T Read(AttributeValue value) => ReadValue(value);

    /// <summary>Writes a number (called directly by compiled mappers).</summary>
    public static AttributeValue WriteValue(T value)
    {
        if (IsFloating)
        {
            CheckStorable(double.CreateTruncating(value));
        }

        return new AttributeValue { N = value.ToString(Format, CultureInfo.InvariantCulture) };
    }

    /// <summary>Reads a number (called directly by compiled mappers).</summary>
    public static T ReadValue(AttributeValue value)
    {
        var text = AttributeValues.N(value, typeof(T));

        // Integers as DynamoDB returns them ("42") take the fast integer parser; other spellings ("4.2E+1", "42.0")
        // are still accepted when they are whole numbers that fit.
        if (IsIntegral && T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integral))
        {
            return integral;
        }

        if (!T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) || (IsFloating && !T.IsFinite(result)))
        {
            throw AttributeValues.DoesNotFit(typeof(T));
        }

        if (typeof(T) == typeof(decimal) && !DecimalDigits.IsExact(text, decimal.CreateTruncating(result)))
        {
            throw AttributeValues.WouldRound();
        }

        return result;
    }

    internal static void CheckStorable(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"DynamoDB cannot store NaN or infinite {typeof(T).Name} values.");
        }

        var magnitude = Math.Abs(value);
        if (magnitude > MaxMagnitude || (magnitude != 0 && magnitude < MinMagnitude))
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"DynamoDB stores numbers between 1E-130 and 9.99E+125 in magnitude; this {typeof(T).Name} value is outside that range.");
        }
    }
}
