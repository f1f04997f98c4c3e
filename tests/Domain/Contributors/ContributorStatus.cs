using Ardalis.SmartEnum;

namespace Dynamo.Repositories.TestDomain.Contributors;

/// <summary>An Ardalis.SmartEnum status, as in CleanArchitecture.</summary>
public sealed class ContributorStatus : SmartEnum<ContributorStatus>
{
    public static readonly ContributorStatus Active = new(nameof(Active), 1);
    public static readonly ContributorStatus NotSet = new(nameof(NotSet), 2);

    private ContributorStatus(string name, int value)
        : base(name, value)
    {
    }
}
