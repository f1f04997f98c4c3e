namespace Dynamo.Repositories.Tables;

/// <summary>One physical table as the model wants it: the union of every entity stored in it.</summary>
internal sealed class TableDefinition(string name, TableKey partitionKey, TableKey? sortKey, string declaredBy)
{
    /// <summary>Gets the physical table name.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the table's partition key.</summary>
    public TableKey PartitionKey { get; } = partitionKey;

    /// <summary>Gets the table's sort key, or null.</summary>
    public TableKey? SortKey { get; } = sortKey;

    /// <summary>Gets the entity whose configuration first declared the table, for messages.</summary>
    public string DeclaredBy { get; } = declaredBy;

    /// <summary>Gets the secondary indexes of every entity of the table, by name.</summary>
    public List<TableIndexDefinition> Indexes { get; } = [];

    /// <summary>Gets or sets the time-to-live attribute, or null.</summary>
    public string? TimeToLiveAttribute { get; set; }

    /// <summary>Gets every key attribute of the table and its indexes with its type, as DynamoDB's attribute definitions.</summary>
    public IEnumerable<TableKey> KeyAttributes =>
        new[] { PartitionKey, SortKey }
            .Concat(Indexes.SelectMany(i => new[] { i.PartitionKey, i.SortKey }))
            .OfType<TableKey>()
            .DistinctBy(k => k.AttributeName, StringComparer.Ordinal);
}
