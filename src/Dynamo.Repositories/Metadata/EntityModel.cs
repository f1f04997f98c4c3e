namespace Dynamo.Repositories.Metadata;

/// <summary>The metadata of every configured entity in one container, built once at start-up (singleton).</summary>
internal sealed class EntityModel
{
    private readonly Dictionary<Type, EntityMetadata> _entities;

    /// <summary>Initializes a new instance of the <see cref="EntityModel"/> class.</summary>
    public EntityModel(IEnumerable<EntityMetadata> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _entities = entities.ToDictionary(e => e.ClrType);
    }

    /// <summary>Gets every configured entity.</summary>
    public IReadOnlyCollection<EntityMetadata> Entities => _entities.Values;

    /// <summary>Gets the metadata of <typeparamref name="T"/>, or throws naming the missing configuration.</summary>
    public EntityMetadata<T> Get<T>()
        where T : class =>
        _entities.TryGetValue(typeof(T), out var metadata)
            ? (EntityMetadata<T>)metadata
            : throw new EntityConfigurationException(
                $"{typeof(T).Name} is not mapped. Add a class implementing IDynamoEntityConfiguration<{typeof(T).Name}> to an assembly passed to AddDynamoRepositories.",
                typeof(T));

    /// <summary>Finds the metadata of a type.</summary>
    public bool TryGet(Type type, out EntityMetadata? metadata) => _entities.TryGetValue(type, out metadata);
}
