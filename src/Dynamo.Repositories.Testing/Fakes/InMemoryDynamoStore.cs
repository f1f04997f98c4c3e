using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Writes;

namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>
/// An in-memory stand-in for the DynamoDB tables of one scope, for unit tests of application handlers: no DynamoDB,
/// no AWS types, no hand-written mocks.
/// </summary>
/// <remarks>
/// <para>
/// The store is built from the application's entity configurations with the library's own mapping, so keys,
/// versions and attribute names are exactly those of production. Entities are stored as DynamoDB items (written
/// with the compiled mapper and copied), so an entity changed in memory without being saved does not change the
/// store, and every read returns a new instance, like a real database.
/// </para>
/// <para>
/// One store is one scope: <see cref="UnitOfWork"/> and every <see cref="Repository{T}"/> share one unit of work,
/// which stages with the production rules (folding, key checks, condition translation) and commits atomically with
/// the production conditions (key uniqueness, optimistic versions, checks) and the production error types and
/// messages. Reads are planned by the production query planner first, so a specification DynamoDB cannot run fails
/// here exactly as it would in production, and are then evaluated in memory.
/// </para>
/// <para>Like the production unit of work it is not thread-safe: use it from one test flow at a time.</para>
/// </remarks>
public sealed class InMemoryDynamoStore
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, AttributeValue>>> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, object> _repositories = [];
    private readonly List<CommittedWrite> _committed = [];
    private readonly TableNameResolver _tableNames;

    /// <summary>Initializes a new instance of the <see cref="InMemoryDynamoStore"/> class with default options (no scans, no prefix).</summary>
    /// <param name="configurations">The entity configurations (<see cref="IDynamoEntityConfiguration{T}"/> instances) of the application.</param>
    public InMemoryDynamoStore(params object[] configurations)
        : this(new DynamoRepositoryOptions(), configurations)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InMemoryDynamoStore"/> class.</summary>
    /// <param name="options">The options the planner and table names follow (<see cref="DynamoRepositoryOptions.AllowScans"/>, prefix, suffix).</param>
    /// <param name="configurations">The entity configurations (<see cref="IDynamoEntityConfiguration{T}"/> instances) of the application.</param>
    /// <exception cref="EntityConfigurationException">A configuration is invalid, exactly as at application start-up.</exception>
    public InMemoryDynamoStore(DynamoRepositoryOptions options, params object[] configurations)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configurations);
        Options = options;
        Model = EntityModelBuilder.Build(configurations);
        _tableNames = new TableNameResolver(options);
        UnitOfWork = new InMemoryUnitOfWork(this);
    }

    /// <summary>Gets the scope's unit of work, shared by every repository of this store.</summary>
    public InMemoryUnitOfWork UnitOfWork { get; }

    /// <summary>Gets the writes committed so far, in commit and staging order (seeded entities are not recorded).</summary>
    public IReadOnlyList<CommittedWrite> Committed => _committed;

    /// <summary>Gets the options.</summary>
    internal DynamoRepositoryOptions Options { get; }

    /// <summary>Gets the mapping model built from the configurations.</summary>
    internal EntityModel Model { get; }

    /// <summary>Gets the repository of <typeparamref name="T"/> (one instance per entity type), sharing <see cref="UnitOfWork"/>.</summary>
    /// <typeparam name="T">A configured entity type.</typeparam>
    /// <returns>The repository.</returns>
    public InMemoryDynamoRepository<T> Repository<T>()
        where T : class
    {
        if (!_repositories.TryGetValue(typeof(T), out var repository))
        {
            repository = new InMemoryDynamoRepository<T>(this);
            _repositories.Add(typeof(T), repository);
        }

        return (InMemoryDynamoRepository<T>)repository;
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
        foreach (var entity in entities)
        {
            ArgumentNullException.ThrowIfNull(entity, nameof(entities));
            Put(metadata, metadata.ToItem(entity));
        }
    }

    /// <summary>Forgets the recorded <see cref="Committed"/> writes (the stored data stays).</summary>
    public void ClearCommitted() => _committed.Clear();

    /// <summary>Gets the metadata of <typeparamref name="T"/>, or fails naming the entity type.</summary>
    internal EntityMetadata<T> Metadata<T>()
        where T : class =>
        Model.TryGet(typeof(T), out var metadata)
            ? (EntityMetadata<T>)metadata!
            : throw new EntityConfigurationException(
                $"{typeof(T).Name} is not mapped in this InMemoryDynamoStore. Pass its IDynamoEntityConfiguration<{typeof(T).Name}> to the InMemoryDynamoStore constructor.",
                typeof(T));

    /// <summary>Gets the physical table name of an entity type.</summary>
    internal string TableName(EntityMetadata metadata) => _tableNames.Resolve(metadata);

    /// <summary>Gets the stored item with a key, or null.</summary>
    internal Dictionary<string, AttributeValue>? Find(EntityMetadata metadata, Dictionary<string, AttributeValue> key) =>
        Table(TableName(metadata)).TryGetValue(CommitPlanner.Identity(TableName(metadata), key), out var item) ? item : null;

    /// <summary>Gets every stored item of an entity's table.</summary>
    internal IEnumerable<Dictionary<string, AttributeValue>> Items(EntityMetadata metadata) => Table(TableName(metadata)).Values;

    /// <summary>Stores a copy of an item under its key.</summary>
    internal void Put(EntityMetadata metadata, Dictionary<string, AttributeValue> item)
    {
        var tableName = TableName(metadata);
        Table(tableName)[CommitPlanner.Identity(tableName, KeyOf(metadata, item))] = AttributeValueCopier.Copy(item);
    }

    /// <summary>Removes the item with a key.</summary>
    internal void Remove(EntityMetadata metadata, Dictionary<string, AttributeValue> key)
    {
        var tableName = TableName(metadata);
        Table(tableName).Remove(CommitPlanner.Identity(tableName, key));
    }

    /// <summary>Records a committed write.</summary>
    internal void Record(CommittedWrite write) => _committed.Add(write);

    /// <summary>Extracts the primary key of a stored item.</summary>
    internal static Dictionary<string, AttributeValue> KeyOf(EntityMetadata metadata, Dictionary<string, AttributeValue> item)
    {
        var key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [metadata.PartitionKey.AttributeName] = item[metadata.PartitionKey.AttributeName],
        };
        if (metadata.SortKey is not null)
        {
            key[metadata.SortKey.AttributeName] = item[metadata.SortKey.AttributeName];
        }

        return key;
    }

    private Dictionary<string, Dictionary<string, AttributeValue>> Table(string tableName)
    {
        if (!_tables.TryGetValue(tableName, out var table))
        {
            table = new Dictionary<string, Dictionary<string, AttributeValue>>(StringComparer.Ordinal);
            _tables.Add(tableName, table);
        }

        return table;
    }
}
