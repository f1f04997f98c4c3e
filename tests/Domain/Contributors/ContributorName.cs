using Vogen;

namespace Dynamo.Repositories.TestDomain.Contributors;

/// <summary>A validated Vogen name over string, as in CleanArchitecture.</summary>
[ValueObject<string>]
public readonly partial struct ContributorName
{
    public const int MaxLength = 100;

    private static Validation Validate(string value) =>
        string.IsNullOrWhiteSpace(value) ? Validation.Invalid("Name cannot be empty")
        : value.Length > MaxLength ? Validation.Invalid($"Name cannot be longer than {MaxLength} characters")
        : Validation.Ok;
}
