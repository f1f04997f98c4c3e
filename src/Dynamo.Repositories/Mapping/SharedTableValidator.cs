using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Mapping;

/// <summary>Checks that entities mapped to one table agree on its key schema and on the keys of same-named indexes.</summary>
internal static class SharedTableValidator
{
    /// <summary>Throws <see cref="EntityConfigurationException"/> naming both entities when they disagree.</summary>
    public static void Validate(IReadOnlyList<EntityMetadata> entities)
    {
        foreach (var table in entities.GroupBy(e => e.TableName, StringComparer.Ordinal))
        {
            var first = table.First();
            foreach (var other in table.Skip(1))
            {
                CheckKey(first, other, first.PartitionKey, other.PartitionKey, "partition key", table.Key);
                if ((first.SortKey is null) != (other.SortKey is null))
                {
                    var (with, without) = first.SortKey is null ? (other, first) : (first, other);
                    throw new EntityConfigurationException(
                        $"{with.DisplayName} and {without.DisplayName} share table '{table.Key}' but only {with.DisplayName} has a sort key ({with.SortKey!.Name}). Entities on one table must have the same key schema: give {without.DisplayName} a sort key with attribute '{with.SortKey.AttributeName}', or map it to another table.",
                        without.ClrType);
                }

                if (first.SortKey is not null)
                {
                    CheckKey(first, other, first.SortKey, other.SortKey!, "sort key", table.Key);
                }

                foreach (var index in other.Indexes)
                {
                    if (first.Indexes.FirstOrDefault(i => i.Name == index.Name) is { } same)
                    {
                        CheckKey(first, other, same.PartitionKey, index.PartitionKey, $"partition key of index '{index.Name}'", table.Key);
                        if (same.SortKey is not null && index.SortKey is not null)
                        {
                            CheckKey(first, other, same.SortKey, index.SortKey, $"sort key of index '{index.Name}'", table.Key);
                        }
                    }
                }
            }
        }
    }

    private static void CheckKey(EntityMetadata first, EntityMetadata other, PropertyMetadata a, PropertyMetadata b, string role, string table)
    {
        if (a.AttributeName != b.AttributeName || a.Converter.KeyType != b.Converter.KeyType)
        {
            throw new EntityConfigurationException(
                $"{first.DisplayName} and {other.DisplayName} share table '{table}' but their {role}s clash: {first.DisplayName}.{a.Name} is attribute '{a.AttributeName}' ({a.Converter.KeyType}), {other.DisplayName}.{b.Name} is attribute '{b.AttributeName}' ({b.Converter.KeyType}). Use the same attribute name and key type (e.g. HasAttributeName(\"{a.AttributeName}\")), or map them to different tables.",
                other.ClrType,
                b.Name);
        }
    }
}
