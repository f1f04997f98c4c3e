using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>
/// An in-memory <see cref="IUnitOfWork"/> for domain unit tests: it holds the "tables", applies staged writes
/// atomically with the same key-uniqueness and version checks as DynamoDB, and records what was committed. It is
/// built from the same entity configurations as production (<c>new InMemoryUnitOfWork(new OrderConfiguration())</c>),
/// so items are stored through the real mapping and specifications are planned (and refused) exactly as against
/// DynamoDB. Repositories: <see cref="InMemoryDynamoRepository{T}"/>.
/// </summary>
public sealed class InMemoryUnitOfWork : IUnitOfWork
{
    private const int MaxActions = 100;

    private readonly Dictionary<Type, Dictionary<string, Dictionary<string, AttributeValue>>> _tables = [];
    private readonly List<(InMemoryWrite Write, Action<InMemoryUnitOfWork> Validate, Action<InMemoryUnitOfWork> Apply)> _staged = [];
    private readonly List<InMemoryWrite> _committed = [];

    /// <summary>Initializes a new instance of the <see cref="InMemoryUnitOfWork"/> class with default options (no scans).</summary>
    /// <param name="configurations">The entity configurations (<c>IDynamoEntityConfiguration&lt;T&gt;</c> instances).</param>
    public InMemoryUnitOfWork(params object[] configurations)
        : this(new DynamoRepositoryOptions(), configurations)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InMemoryUnitOfWork"/> class.</summary>
    /// <param name="options">The options that planning follows (<c>AllowScans</c>, <c>ConsistentReads</c>).</param>
    /// <param name="configurations">The entity configurations (<c>IDynamoEntityConfiguration&lt;T&gt;</c> instances).</param>
    public InMemoryUnitOfWork(DynamoRepositoryOptions options, params object[] configurations)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configurations);
        Options = options;
        Model = EntityModelBuilder.Build(configurations);
    }

    /// <inheritdoc/>
    public int PendingCount => _staged.Count;

    /// <summary>Gets every write committed so far, in commit and staging order.</summary>
    public IReadOnlyList<InMemoryWrite> Committed => _committed;

    /// <summary>Gets how many commits sent at least one write.</summary>
    public int CommitCount { get; private set; }

    internal DynamoRepositoryOptions Options { get; }

    internal EntityModel Model { get; }

    /// <summary>Stores entities directly, as existing data (copies: later changes to the instances are not seen).</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="entities">The entities.</param>
    public void Seed<T>(params T[] entities)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(entities);
        var metadata = Model.Get<T>();
        foreach (var entity in entities)
        {
            Table<T>()[Identity(metadata.KeyOf(entity))] = metadata.ToItem(entity);
        }
    }

    /// <summary>Returns copies of every stored entity of a type.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <returns>The stored entities.</returns>
    public IReadOnlyList<T> Items<T>()
        where T : class
    {
        var metadata = Model.Get<T>();
        return Table<T>().Values.Select(metadata.FromItem).ToList();
    }

    /// <inheritdoc/>
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_staged.Count == 0)
        {
            return Task.FromResult(0);
        }

        if (_staged.Count > MaxActions)
        {
            throw new TransactionLimitException(
                $"The unit of work holds {_staged.Count} staged writes; a DynamoDB transaction takes at most {MaxActions}. Commit in smaller units.", _staged.Count, 0);
        }

        // All checks first, then all writes: a failing check leaves every table and every entity unchanged.
        foreach (var staged in _staged)
        {
            staged.Validate(this);
        }

        foreach (var staged in _staged)
        {
            staged.Apply(this);
            _committed.Add(staged.Write);
        }

        var count = _staged.Count;
        _staged.Clear();
        CommitCount++;
        return Task.FromResult(count);
    }

    /// <inheritdoc/>
    public void DiscardChanges() => _staged.Clear();

    internal void Stage(InMemoryWrite write, Action<InMemoryUnitOfWork> validate, Action<InMemoryUnitOfWork> apply)
    {
        if (_staged.Exists(s => s.Write.EntityType == write.EntityType && s.Write.Key == write.Key))
        {
            throw new DuplicateWriteException(
                $"{write.EntityType.Name} {write.Key} is already staged in this unit of work; DynamoDB cannot write one item twice in a transaction.", write.EntityType, write.Key);
        }

        _staged.Add((write, validate, apply));
    }

    internal Dictionary<string, Dictionary<string, AttributeValue>> Table<T>()
    {
        if (!_tables.TryGetValue(typeof(T), out var table))
        {
            table = new Dictionary<string, Dictionary<string, AttributeValue>>(StringComparer.Ordinal);
            _tables[typeof(T)] = table;
        }

        return table;
    }

    internal static string Identity(Dictionary<string, AttributeValue> key) => AttributeValueText.OfKey(key);
}
