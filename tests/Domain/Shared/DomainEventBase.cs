namespace Dynamo.Repositories.TestDomain.Shared;

/// <summary>A domain event, as in CleanArchitecture's SharedKernel.</summary>
public abstract class DomainEventBase
{
    public DateTime DateOccurred { get; protected set; } = DateTime.UtcNow;
}
