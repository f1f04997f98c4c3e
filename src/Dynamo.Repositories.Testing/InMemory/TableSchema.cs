using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Tables;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>The key schema of an in-memory table and its secondary indexes.</summary>
/// <param name="Name">The physical table name.</param>
/// <param name="PartitionKey">The partition key attribute.</param>
/// <param name="SortKey">The sort key attribute, or null.</param>
/// <param name="KeyTypes">The scalar type (S, N or B) of every key attribute of the table and its indexes.</param>
/// <param name="Indexes">The secondary indexes (global and local).</param>
internal sealed record TableSchema(
    string Name,
    string PartitionKey,
    string? SortKey,
    IReadOnlyDictionary<string, string> KeyTypes,
    IReadOnlyList<IndexSchema> Indexes)
{
    /// <summary>Builds the schema of a CreateTable request.</summary>
    public static TableSchema From(CreateTableRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var indexes = (request.GlobalSecondaryIndexes ?? []).Select(i => Index(i.IndexName, i.KeySchema, i.Projection))
            .Concat((request.LocalSecondaryIndexes ?? []).Select(i => Index(i.IndexName, i.KeySchema, i.Projection)));
        return new TableSchema(
            request.TableName,
            KeyOf(request.KeySchema, KeyType.HASH)!,
            KeyOf(request.KeySchema, KeyType.RANGE),
            request.AttributeDefinitions.ToDictionary(a => a.AttributeName, a => a.AttributeType.Value, StringComparer.Ordinal),
            [.. indexes]);
    }

    /// <summary>Builds the schema of a table of the library's model (indexes project all attributes, as the library creates them).</summary>
    public static TableSchema From(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new TableSchema(
            table.Name,
            table.PartitionKey.AttributeName,
            table.SortKey?.AttributeName,
            table.KeyAttributes.ToDictionary(k => k.AttributeName, k => k.AttributeType, StringComparer.Ordinal),
            [.. table.Indexes.Select(i => new IndexSchema(i.Name, i.PartitionKey.AttributeName, i.SortKey?.AttributeName, "ALL", []))]);
    }

    /// <summary>Gets the key attributes of the table (partition key, then sort key if any).</summary>
    public IEnumerable<string> KeyAttributes => SortKey is null ? [PartitionKey] : [PartitionKey, SortKey];

    private static IndexSchema Index(string name, List<KeySchemaElement> keys, Projection? projection) => new(
        name,
        KeyOf(keys, KeyType.HASH)!,
        KeyOf(keys, KeyType.RANGE),
        projection?.ProjectionType?.Value ?? "ALL",
        projection?.NonKeyAttributes ?? []);

    private static string? KeyOf(List<KeySchemaElement> keys, KeyType type) =>
        keys.FirstOrDefault(k => k.KeyType == type)?.AttributeName;
}
