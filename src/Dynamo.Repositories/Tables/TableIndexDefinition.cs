namespace Dynamo.Repositories.Tables;

/// <summary>A secondary index of a table as the model wants it (projection: all attributes).</summary>
internal sealed record TableIndexDefinition(string Name, bool IsGlobal, TableKey PartitionKey, TableKey? SortKey, string DeclaredBy);
