namespace Dynamo.Repositories.TestDomain.Contributors;

/// <summary>A value object with a primary constructor and private setters, and no parameterless constructor.</summary>
public sealed class PhoneNumber(string countryCode, string number, string? extension)
{
    public static PhoneNumber Unknown { get; } = new(string.Empty, string.Empty, null);

    public string CountryCode { get; private set; } = countryCode;

    public string Number { get; private set; } = number;

    public string? Extension { get; private set; } = extension;

    public override bool Equals(object? obj) =>
        obj is PhoneNumber other && (CountryCode, Number, Extension) == (other.CountryCode, other.Number, other.Extension);

    public override int GetHashCode() => HashCode.Combine(CountryCode, Number, Extension);

    public override string ToString() => $"{CountryCode} {Number}{(Extension is null ? "" : " x" + Extension)}";
}
