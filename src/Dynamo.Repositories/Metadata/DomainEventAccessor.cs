namespace Dynamo.Repositories.Metadata;

/// <summary>Where an entity keeps its domain events and how to clear them, as the model declares it (the domain is untouched).</summary>
/// <param name="Read">Reads the events an entity has raised, in the order it raised them.</param>
/// <param name="Clear">Clears the events of an entity once they are dispatched.</param>
/// <param name="Source">Where the declaration comes from, for messages: the entity's configuration or a model-wide one.</param>
internal sealed record DomainEventAccessor(Func<object, IEnumerable<object>> Read, Action<object> Clear, string Source)
{
    /// <summary>Wraps typed delegates.</summary>
    public static DomainEventAccessor Of<T>(Func<T, IEnumerable<object>> events, Action<T> clear, string source)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(clear);
        return new(entity => events((T)entity) ?? [], entity => clear((T)entity), source);
    }
}
