using System.ComponentModel.DataAnnotations.Schema;

namespace Dynamo.Repositories.TestDomain.Shared;

/// <summary>Keeps domain events in a private list, behind a [NotMapped] get-only collection (CleanArchitecture's SharedKernel).</summary>
public abstract class HasDomainEventsBase
{
    private readonly List<DomainEventBase> _domainEvents = [];

    [NotMapped]
    public IReadOnlyCollection<DomainEventBase> DomainEvents => _domainEvents.AsReadOnly();

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void RegisterDomainEvent(DomainEventBase domainEvent) => _domainEvents.Add(domainEvent);
}
