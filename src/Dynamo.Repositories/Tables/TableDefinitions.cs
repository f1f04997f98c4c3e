using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Tables;

/// <summary>Groups the model's entities by physical table and checks that entities sharing a table agree on it.</summary>
internal static class TableDefinitions
{
    /// <summary>Builds the definition of every table of the model, ordered by name.</summary>
    public static IReadOnlyList<TableDefinition> Build(EntityModel model, TableNameResolver tableNames)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tableNames);
        var tables = new SortedDictionary<string, TableDefinition>(StringComparer.Ordinal);
        foreach (var entity in model.Entities.OrderBy(e => e.ClrType.FullName, StringComparer.Ordinal))
        {
            var name = tableNames.Resolve(entity);
            var partitionKey = KeyOf(entity, entity.PartitionKey);
            var sortKey = entity.SortKey is null ? null : KeyOf(entity, entity.SortKey);
            if (!tables.TryGetValue(name, out var table))
            {
                table = new TableDefinition(name, partitionKey, sortKey, entity.DisplayName);
                tables.Add(name, table);
            }
            else if (table.PartitionKey != partitionKey || table.SortKey != sortKey)
            {
                throw new EntityConfigurationException(
                    $"{entity.DisplayName} shares table '{name}' with {table.DeclaredBy} but declares other keys ({Describe(partitionKey, sortKey)} instead of "
                    + $"{Describe(table.PartitionKey, table.SortKey)}). Give both the same key attribute names and types, or use separate tables.",
                    entity.ClrType,
                    entity.PartitionKey.Name);
            }

            AddIndexes(table, entity);
            AddTimeToLive(table, entity);
        }

        if (model.Entities.Any(e => e.GeneratedKeys.Any(k => k.Generator.Kind == KeyGeneratorKind.Sequence)))
        {
            // The counter items of the hi-lo key sequences.
            var name = tableNames.Resolve(KeyGeneration.SequenceStore.LogicalTableName);
            tables.TryAdd(name, new TableDefinition(name, new TableKey(KeyGeneration.SequenceStore.NameAttribute, "S"), null, "the key sequences"));
        }

        return [.. tables.Values];
    }

    private static void AddIndexes(TableDefinition table, EntityMetadata entity)
    {
        foreach (var index in entity.Indexes)
        {
            var definition = new TableIndexDefinition(
                index.Name,
                index.IsGlobal,
                index.IsGlobal ? KeyOf(entity, index.PartitionKey) : table.PartitionKey,
                index.SortKey is null ? null : KeyOf(entity, index.SortKey),
                entity.DisplayName);
            var existing = table.Indexes.Find(i => string.Equals(i.Name, index.Name, StringComparison.Ordinal));
            if (existing is null)
            {
                table.Indexes.Add(definition);
            }
            else if (existing with { DeclaredBy = definition.DeclaredBy } != definition)
            {
                throw new EntityConfigurationException(
                    $"{entity.DisplayName} declares index '{index.Name}' of table '{table.Name}' differently from {existing.DeclaredBy}. "
                    + "Declare it with the same kind and key attributes in both configurations, or rename one.",
                    entity.ClrType,
                    (index.SortKey ?? index.PartitionKey).Name);
            }
        }

        var clash = new[] { table.PartitionKey, table.SortKey }
            .Concat(table.Indexes.SelectMany(i => new[] { i.PartitionKey, i.SortKey }))
            .OfType<TableKey>()
            .GroupBy(k => k.AttributeName, StringComparer.Ordinal)
            .FirstOrDefault(g => g.Select(k => k.AttributeType).Distinct(StringComparer.Ordinal).Count() > 1);
        if (clash is not null)
        {
            throw new EntityConfigurationException(
                $"{entity.DisplayName}: attribute '{clash.Key}' of table '{table.Name}' is a key of the table or of an index with different types "
                + $"({string.Join(" and ", clash.Select(k => k.AttributeType).Distinct(StringComparer.Ordinal))}) across the entities sharing the table. "
                + "Map it to properties of the same kind of type, or rename one attribute.",
                entity.ClrType);
        }
    }

    private static void AddTimeToLive(TableDefinition table, EntityMetadata entity)
    {
        if (entity.TimeToLive is null)
        {
            return;
        }

        var attribute = entity.TimeToLive.AttributeName;
        if (table.TimeToLiveAttribute is not null && !string.Equals(table.TimeToLiveAttribute, attribute, StringComparison.Ordinal))
        {
            throw new EntityConfigurationException(
                $"{entity.DisplayName}.{entity.TimeToLive.Name} uses time-to-live attribute '{attribute}', but table '{table.Name}' already uses "
                + $"'{table.TimeToLiveAttribute}' and DynamoDB allows one per table. Map both entities' expiry to the same attribute name.",
                entity.ClrType,
                entity.TimeToLive.Name);
        }

        table.TimeToLiveAttribute = attribute;
    }

    private static TableKey KeyOf(EntityMetadata entity, PropertyMetadata property)
    {
        var type = property.Converter.KeyType
            ?? throw new EntityConfigurationException(
                $"{entity.DisplayName}.{property.Name} is a key of the table or of an index, but its type {property.PropertyType.Name} cannot be a DynamoDB key. "
                + "Use a string, number, Guid, enum, date or byte[] property, or a converter that writes one.",
                entity.ClrType,
                property.Name);
        return new TableKey(property.AttributeName, type.Value);
    }

    private static string Describe(TableKey partitionKey, TableKey? sortKey) =>
        sortKey is null
            ? $"{partitionKey.AttributeName} {partitionKey.AttributeType}"
            : $"{partitionKey.AttributeName} {partitionKey.AttributeType}, {sortKey.AttributeName} {sortKey.AttributeType}";
}
