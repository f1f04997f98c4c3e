namespace Dynamo.Repositories.Mapping;

/// <summary>Declares conversions that apply to every property of a type, in every entity and nested type.</summary>
public sealed class DynamoConventionsBuilder
{
    internal DynamoConventionsBuilder()
    {
    }

    internal Dictionary<Type, ValueConversion> Conversions { get; } = [];

    internal List<(Type BaseType, Metadata.DomainEventAccessor Accessor)> DomainEventDeclarations { get; } = [];

    /// <summary>
    /// Says, once for every entity that derives from or implements <typeparamref name="TBase"/> (the application's own
    /// <c>HasDomainEventsBase</c> or <c>IHasDomainEvents</c>), where it keeps its domain events and how to clear them. An
    /// entity's own <c>HasDomainEvents</c> wins; the first matching declaration applies.
    /// </summary>
    /// <typeparam name="TBase">The base type or interface.</typeparam>
    /// <param name="events">Reads the events, e.g. <c>e =&gt; e.DomainEvents</c>.</param>
    /// <param name="clear">Clears them, e.g. <c>e =&gt; e.ClearDomainEvents()</c>.</param>
    /// <returns>This builder.</returns>
    public DynamoConventionsBuilder DomainEvents<TBase>(Func<TBase, IEnumerable<object>> events, Action<TBase> clear)
        where TBase : class
    {
        DomainEventDeclarations.Add((typeof(TBase), Metadata.DomainEventAccessor.Of(events, clear, "the model-wide declaration for " + typeof(TBase).Name)));
        return this;
    }

    /// <summary>Configures every property of type <typeparamref name="TProperty"/>.</summary>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <returns>A builder for the convention.</returns>
    public DynamoConventionBuilder<TProperty> Properties<TProperty>() => new(this);
}
