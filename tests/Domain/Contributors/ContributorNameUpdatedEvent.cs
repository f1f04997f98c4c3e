using Dynamo.Repositories.TestDomain.Shared;

namespace Dynamo.Repositories.TestDomain.Contributors;

/// <summary>Raised when a contributor is renamed.</summary>
public sealed class ContributorNameUpdatedEvent(Contributor contributor) : DomainEventBase
{
    public Contributor Contributor { get; } = contributor;
}
