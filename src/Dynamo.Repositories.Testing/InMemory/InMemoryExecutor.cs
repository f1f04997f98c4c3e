using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>
/// An <see cref="IDynamoExecutor"/> over in-memory tables that answers the library's requests as DynamoDB does: key
/// order, expressions and their typing rules, Limit before the filter, LastEvaluatedKey resumed by key, 1 MB pages,
/// conditional writes, all-or-nothing transactions with cancellation reasons and client request tokens, and the
/// SDK's exception types and messages. Requests run one at a time (a lock), and every item is copied on the way in and out.
/// </summary>
internal sealed partial class InMemoryExecutor : IDynamoExecutor
{
    private readonly Dictionary<string, InMemoryTable> _tables = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="InMemoryExecutor"/> class.</summary>
    /// <param name="timeProvider">The clock of the client request token window (10 minutes); the system clock when null.</param>
    public InMemoryExecutor(TimeProvider? timeProvider = null) => _timeProvider = timeProvider ?? TimeProvider.System;

    private readonly List<ItemChange> _changes = [];

    /// <summary>
    /// Raised, under the executor's lock, once per successful write request with the items it changed, in the order of
    /// the request's actions (condition checks change nothing and are not listed).
    /// </summary>
    public event Action<IReadOnlyList<ItemChange>>? Changed;

    /// <summary>Gets the number of requests executed so far (every operation counts one, failed or not).</summary>
    public int RequestCount { get; private set; }

    /// <summary>Creates an empty table; creating an existing one fails as DynamoDB does.</summary>
    public void CreateTable(TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        lock (_gate)
        {
            if (!_tables.TryAdd(schema.Name, new InMemoryTable(schema)))
            {
                throw new ResourceInUseException($"Table already exists: {schema.Name}");
            }
        }
    }

    /// <summary>Creates the table of a CreateTable request.</summary>
    public void CreateTable(CreateTableRequest request) => CreateTable(TableSchema.From(request));

    /// <summary>Returns whether a table exists.</summary>
    public bool HasTable(string tableName)
    {
        lock (_gate)
        {
            return _tables.ContainsKey(tableName);
        }
    }

    /// <summary>Returns a copy of every item of a table, in key order (for assertions and snapshots).</summary>
    public List<Dictionary<string, AttributeValue>> Items(string tableName)
    {
        lock (_gate)
        {
            return [.. Table(tableName).Entries(null).Select(e => AttributeValueCopier.Copy(e.Item))];
        }
    }

    /// <summary>Stores an item as it is, without a request, a condition or a change notification: the data a test starts from.</summary>
    public void Seed(string tableName, Dictionary<string, AttributeValue> item)
    {
        lock (_gate)
        {
            var table = Table(tableName);
            table.Put(table.Prepare(item));
        }
    }

    private InMemoryTable Table(string? tableName) =>
        tableName is not null && _tables.TryGetValue(tableName, out var table) ? table : throw DynamoErrors.TableNotFound(tableName ?? "null");

    // Every request runs under the lock, counted, after the cancellation check the SDK makes before sending.
    private Task<TResponse> Run<TResponse>(Func<TResponse> operation, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TResponse>(cancellationToken);
        }

        try
        {
            lock (_gate)
            {
                RequestCount++;
                _changes.Clear();
                var response = operation();
                if (_changes.Count > 0)
                {
                    Changed?.Invoke([.. _changes]);
                }

                return Task.FromResult(response);
            }
        }
        catch (Exception exception)
        {
            // Faults come back through the task, as from the SDK's asynchronous calls.
            return Task.FromException<TResponse>(exception);
        }
    }
}
