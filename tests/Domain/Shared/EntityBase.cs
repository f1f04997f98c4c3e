namespace Dynamo.Repositories.TestDomain.Shared;

/// <summary>An entity with a strongly-typed id (CleanArchitecture's <c>EntityBase&lt;TId&gt;</c>).</summary>
/// <typeparam name="TId">The id type.</typeparam>
public abstract class EntityBase<TId> : HasDomainEventsBase
    where TId : struct
{
    public TId Id { get; set; }
}
