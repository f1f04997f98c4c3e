using Vogen;

namespace Dynamo.Repositories.TestDomain.Contributors;

/// <summary>A Vogen id over int, as in CleanArchitecture.</summary>
[ValueObject<int>]
public readonly partial struct ContributorId;
