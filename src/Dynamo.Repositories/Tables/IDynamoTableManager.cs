namespace Dynamo.Repositories.Tables;

/// <summary>
/// Creates the tables of the configured entities and reports how live tables differ from the configuration.
/// Registered as a singleton by <c>AddDynamoRepositories</c>; also usable from apps without a generic host.
/// </summary>
public interface IDynamoTableManager
{
    /// <summary>
    /// Creates the table of every configured entity that does not exist yet (entities sharing a table create it once,
    /// with all their indexes), with the key schema, secondary indexes (projection: all attributes), billing mode and
    /// capacity from the options, waits until each is active, then enables time to live where configured.
    /// Existing tables are left as they are.
    /// </summary>
    /// <param name="cancellationToken">Cancels the requests and the wait.</param>
    /// <returns>The physical names of the tables created by this call.</returns>
    Task<IReadOnlyList<string>> CreateTablesAsync(CancellationToken cancellationToken = default);

    /// <summary>Compares every configured table with the live one (DescribeTable, DescribeTimeToLive).</summary>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The differences found, empty when every live table matches the configuration.</returns>
    Task<IReadOnlyList<TableDifference>> DescribeDifferencesAsync(CancellationToken cancellationToken = default);
}
