using System.Reflection;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Mapping;

/// <summary>Checks of attribute names, keys, the version and the indexes.</summary>
internal static partial class EntityMetadataFactory
{
    private static readonly HashSet<Type> VersionTypes = [typeof(int), typeof(long), typeof(int?), typeof(long?)];

    private static void CheckAttributeNames<T>(EntityDefinition definition, List<MappedMember> mapped)
    {
        var name = typeof(T).Name;
        var keyMembers = new HashSet<string>(
            new[] { definition.PartitionKey, definition.SortKey }
                .Concat(definition.Indexes.SelectMany(i => new[] { i.PartitionKey, i.SortKey }))
                .Where(m => m is not null)
                .Select(m => m!.Name),
            StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in mapped)
        {
            var limit = keyMembers.Contains(member.Name) ? DynamoNames.MaxKeyAttributeBytes : DynamoNames.MaxAttributeBytes;
            if (member.AttributeName.Length == 0 || DynamoNames.AttributeBytes(member.AttributeName) > limit)
            {
                throw Error<T>(
                    $"{name}.{member.Name}: its attribute name must be 1 to {limit} bytes of UTF-8. Set another name with builder.Property(x => x.{member.Name}).HasAttributeName(...).",
                    member.Name);
            }

            if (!owners.TryAdd(member.AttributeName, member.Name))
            {
                throw Error<T>(
                    $"{name}.{owners[member.AttributeName]} and {name}.{member.Name} both map to attribute '{member.AttributeName}'. Give one of them another name with HasAttributeName(...), or ignore one.",
                    member.Name);
            }
        }
    }

    private static PropertyMetadata CheckKey<T>(PropertyMetadata property, string role)
    {
        if (property.Converter.KeyType is null)
        {
            throw Error<T>(
                $"{typeof(T).Name}.{property.Name} is the {role} but its type {ConverterFactory.Describe(property.PropertyType)} cannot be a key. Keys must be stored as S, N or B: use a string, number, Guid, enum, date or byte[] property, or a converter with a KeyType.",
                property.Name);
        }

        return property;
    }

    private static PropertyMetadata CheckVersion<T>(PropertyMetadata property, EntityDefinition definition)
    {
        if (!VersionTypes.Contains(property.PropertyType))
        {
            throw Error<T>(
                $"{typeof(T).Name}.{property.Name} is the version but is a {ConverterFactory.Describe(property.PropertyType)}. Use an int or long property (nullable allowed).",
                property.Name);
        }

        if (property.Name == definition.PartitionKey?.Name || property.Name == definition.SortKey?.Name)
        {
            throw Error<T>($"{typeof(T).Name}.{property.Name} cannot be both a key and the version. Use a separate version property.", property.Name);
        }

        return property;
    }

    private static List<IndexMetadata> CreateIndexes<T>(
        EntityDefinition definition, PropertyMetadata partitionKey, PropertyMetadata? sortKey, Func<MemberInfo, PropertyMetadata> find)
    {
        var name = typeof(T).Name;
        var indexes = new List<IndexMetadata>(definition.Indexes.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in definition.Indexes)
        {
            if (!names.Add(index.Name))
            {
                throw Error<T>($"{name} declares index '{index.Name}' twice. Give each index a unique name.");
            }

            if (index.Name.Length < 3 || !DynamoNames.IsValidTableOrIndexName(index.Name))
            {
                throw Error<T>($"{name}: index name '{index.Name}' is not valid in DynamoDB (3 to 255 letters, digits, '_', '-', '.'). Rename the index.");
            }

            if (index.IsGlobal)
            {
                var indexPartition = CheckKey<T>(find(index.PartitionKey!), $"partition key of index '{index.Name}'");
                var indexSort = index.SortKey is null ? null : CheckKey<T>(find(index.SortKey), $"sort key of index '{index.Name}'");
                indexes.Add(new IndexMetadata(index.Name, true, indexPartition, indexSort));
                continue;
            }

            if (sortKey is null)
            {
                throw Error<T>(
                    $"{name} declares local index '{index.Name}' but its table has no sort key; DynamoDB allows local indexes only on tables with a sort key. Call builder.HasSortKey(...) or use HasGlobalIndex(...).",
                    index.SortKey?.Name);
            }

            indexes.Add(new IndexMetadata(index.Name, false, partitionKey, CheckKey<T>(find(index.SortKey!), $"sort key of index '{index.Name}'")));
        }

        return indexes;
    }
}
