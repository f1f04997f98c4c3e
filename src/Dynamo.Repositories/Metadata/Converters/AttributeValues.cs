using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>Small helpers shared by the converters and the compiled mappers; their messages never quote stored values.</summary>
internal static class AttributeValues
{
    /// <summary>Creates the DynamoDB NULL value (used for null elements of lists and maps).</summary>
    public static AttributeValue Null => new() { NULL = true };

    /// <summary>Tells whether an attribute is the DynamoDB NULL value.</summary>
    public static bool IsNull(AttributeValue value) => value.NULL == true;

    /// <summary>Gets the S member or throws naming the expected type.</summary>
    public static string S(AttributeValue value, Type target) => value.S ?? throw WrongType("S", target);

    /// <summary>Gets the N member or throws naming the expected type.</summary>
    public static string N(AttributeValue value, Type target) => value.N ?? throw WrongType("N", target);

    /// <summary>Creates the error for a stored attribute of another DynamoDB type.</summary>
    public static FormatException WrongType(string expected, Type target) =>
        new($"The stored attribute is not of DynamoDB type {expected}, which {target.Name} requires.");

    /// <summary>Creates the error for a stored value that cannot be parsed into the target type.</summary>
    public static FormatException Malformed(string expected, Type target) =>
        new($"The stored value is not a valid {expected} for {target.Name}.");

    /// <summary>Creates the error for a stored number that a decimal would round.</summary>
    public static OverflowException WouldRound() =>
        new("The stored number has more significant digits or decimal places than decimal holds (28), so reading it would round it. Opt into rounding for this property with Property(x => x.P).AllowRounding(), or store it as a string.");

    /// <summary>Creates the error for a stored number that does not fit the target type.</summary>
    public static OverflowException DoesNotFit(Type target) =>
        new($"The stored number is not a number or does not fit {target.Name} (no truncation is done).");
}
