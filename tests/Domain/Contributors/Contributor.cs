using Dynamo.Repositories.TestDomain.Shared;

namespace Dynamo.Repositories.TestDomain.Contributors;

/// <summary>CleanArchitecture's Contributor aggregate: primary constructor, private setters, Vogen id and name, SmartEnum status, value object.</summary>
public sealed class Contributor(ContributorName name) : EntityBase<ContributorId>
{
    public ContributorName Name { get; private set; } = name;

    public ContributorStatus Status { get; private set; } = ContributorStatus.NotSet;

    public PhoneNumber PhoneNumber { get; private set; } = PhoneNumber.Unknown;

    public Contributor SetPhoneNumber(string phoneNumber)
    {
        PhoneNumber = new PhoneNumber("+1", phoneNumber, null);
        return this;
    }

    public Contributor Activate()
    {
        Status = ContributorStatus.Active;
        return this;
    }

    public Contributor UpdateName(ContributorName newName)
    {
        if (Name.Equals(newName))
        {
            return this;
        }

        Name = newName;
        RegisterDomainEvent(new ContributorNameUpdatedEvent(this));
        return this;
    }
}
