using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tables;
using Dynamo.Repositories.Testing.InMemory;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>
/// The DynamoDB tables of one scope, in memory, for unit tests of application handlers: the production
/// <see cref="DynamoRepository{T}"/> and unit of work over an in-memory executor, so no DynamoDB, no AWS types in the
/// test and no hand-written mocks.
/// </summary>
/// <remarks>
/// <para>
/// The store is built from the application's entity configurations with the library's own mapping, so keys,
/// versions and attribute names are exactly those of production. The repositories and the unit of work are the
/// production types: staging, folding, limits, request building, paging tokens and failure mapping are the
/// production code. Only the last step differs: requests are answered by an in-memory executor that evaluates them
/// as DynamoDB does (key order, expressions, Limit before the filter, pages resumed after the last key, conditions,
/// all-or-nothing transactions with cancellation reasons) and raises the SDK's exceptions with DynamoDB's messages.
/// </para>
/// <para>Items are stored as copies, so an entity changed in memory without being saved does not change the store, and every read returns a new instance.</para>
/// <para>One store is one scope: <see cref="UnitOfWork"/> and every <see cref="Repository{T}"/> share one unit of work. Like the production unit of work it is not thread-safe.</para>
/// </remarks>
public sealed partial class InMemoryDynamoStore
{
    private readonly Dictionary<Type, object> _repositories = [];
    private readonly List<object> _dispatched = [];
    private readonly TableNameResolver _tableNames;

    /// <summary>Initializes a new instance of the <see cref="InMemoryDynamoStore"/> class with default options (no scans, no prefix).</summary>
    /// <param name="configurations">The entity configurations (<see cref="IDynamoEntityConfiguration{T}"/> instances) of the application.</param>
    public InMemoryDynamoStore(params object[] configurations)
        : this(new DynamoRepositoryOptions(), configurations)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InMemoryDynamoStore"/> class.</summary>
    /// <param name="options">The options the repositories follow (<see cref="DynamoRepositoryOptions.AllowScans"/>, prefix, suffix, consistent reads...).</param>
    /// <param name="configurations">The entity configurations (<see cref="IDynamoEntityConfiguration{T}"/> instances) of the application.</param>
    /// <exception cref="EntityConfigurationException">A configuration is invalid, exactly as at application start-up.</exception>
    public InMemoryDynamoStore(DynamoRepositoryOptions options, params object[] configurations)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configurations);
        Model = EntityModelBuilder.Build(configurations);
        _tableNames = new TableNameResolver(options);
        Executor = new InMemoryExecutor();
        foreach (var table in TableDefinitions.Build(Model, _tableNames))
        {
            Executor.CreateTable(TableSchema.From(table));
        }

        Executor.Changed += OnChanged;
        DomainEventDispatcher = new RecordingDispatcher(_dispatched);
        Context = DynamoContext.Create(Executor, options, Model, TimeProvider.System, NullLoggerFactory.Instance, services: new StoreServices(this));
    }

    /// <summary>
    /// Gets or sets the domain event dispatcher the production commit hooks hand events to after each successful commit
    /// of this store (as <c>AddDomainEventDispatcher</c> does in DI). By default the events are recorded in
    /// <see cref="DispatchedEvents"/>.
    /// </summary>
    public IDomainEventDispatcher DomainEventDispatcher { get; set; }

    /// <summary>Gets the domain events the default dispatcher received, in dispatch order (after successful commits only).</summary>
    public IReadOnlyList<object> DispatchedEvents => _dispatched;

    /// <summary>Gets the commit interceptors of this store, in order (as <c>AddCommitInterceptor</c> does in DI). Add them before the first commit.</summary>
    public IList<ICommitInterceptor> CommitInterceptors { get; } = [];

    /// <summary>
    /// Gets the production context of this store (its unit of work, options and mapping) over the in-memory executor:
    /// pass it to a custom repository (<c>new OrderRepository(store.Context)</c>) to test it with the fakes.
    /// </summary>
    public DynamoContext Context { get; }

    /// <summary>Gets the scope's unit of work (the production one), shared by every repository of this store.</summary>
    public IUnitOfWork UnitOfWork => Context.UnitOfWork;

    /// <summary>Gets the mapping model built from the configurations.</summary>
    internal EntityModel Model { get; }

    /// <summary>Gets the in-memory executor the repositories send their requests to.</summary>
    internal InMemoryExecutor Executor { get; }

    /// <summary>Gets the production repository of <typeparamref name="T"/> (one instance per entity type), sharing <see cref="UnitOfWork"/>.</summary>
    /// <typeparam name="T">A configured entity type.</typeparam>
    /// <returns>The repository.</returns>
    /// <exception cref="EntityConfigurationException"><typeparamref name="T"/> is not configured in this store.</exception>
    public DynamoRepository<T> Repository<T>()
        where T : class
    {
        if (!_repositories.TryGetValue(typeof(T), out var repository))
        {
            Metadata<T>();
            repository = new DynamoRepository<T>(Context);
            _repositories.Add(typeof(T), repository);
        }

        return (DynamoRepository<T>)repository;
    }

    /// <summary>
    /// Stores entities as they are (versions included), without conditions and without recording them in
    /// <see cref="Committed"/>: the data a test starts from. An entity with the same key is replaced.
    /// </summary>
    /// <typeparam name="T">A configured entity type.</typeparam>
    /// <param name="entities">The entities.</param>
    public void Seed<T>(params T[] entities)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(entities);
        var metadata = Metadata<T>();
        var tableName = _tableNames.Resolve(metadata);
        foreach (var entity in entities)
        {
            ArgumentNullException.ThrowIfNull(entity, nameof(entities));
            Executor.Seed(tableName, metadata.ToItem(entity));
        }
    }

    /// <summary>Gets the metadata of <typeparamref name="T"/>, or fails naming the entity type.</summary>
    internal EntityMetadata<T> Metadata<T>()
        where T : class =>
        Model.TryGet(typeof(T), out var metadata)
            ? (EntityMetadata<T>)metadata!
            : throw new EntityConfigurationException(
                $"{typeof(T).Name} is not mapped in this InMemoryDynamoStore. Pass its IDynamoEntityConfiguration<{typeof(T).Name}> to the InMemoryDynamoStore constructor.",
                typeof(T));
}
