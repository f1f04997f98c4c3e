using System.Reflection;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Metadata.Converters;

namespace Dynamo.Repositories.Mapping;

/// <summary>Turns one entity's <see cref="EntityDefinition"/> into validated, compiled <see cref="EntityMetadata{T}"/>.</summary>
internal static partial class EntityMetadataFactory
{
    /// <summary>Maps <typeparamref name="T"/>; throws <see cref="EntityConfigurationException"/> naming the entity, the property and the fix.</summary>
    public static EntityMetadata<T> Create<T>(EntityDefinition definition, ConverterFactory converters)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(converters);
        var type = typeof(T);
        if (definition.PartitionKey is null)
        {
            throw Error<T>($"{type.Name} has no partition key. Call builder.HasPartitionKey(x => x.Id) in its IDynamoEntityConfiguration<{type.Name}>.");
        }

        var tableName = definition.TableName ?? type.Name;
        if (!DynamoNames.IsValidTableOrIndexName(tableName))
        {
            throw Error<T>($"{type.Name}: table name '{tableName}' is not valid in DynamoDB (letters, digits, '_', '-', '.', at most 255). Call builder.ToTable(\"...\") with a valid name.");
        }

        var members = SelectMembers<T>(definition);
        var mapped = members.Select(m => Map<T>(definition, m, converters)).ToList();
        CheckAttributeNames<T>(definition, mapped);
        var binding = ConstructorBinder.Bind(type, mapped);
        var properties = mapped.Select(m => PropertyMetadataFactory.Create(type, m)).ToList();
        PropertyMetadata Find(MemberInfo member) => properties.First(p => p.Name == member.Name);

        var partitionKey = CheckKey<T>(Find(definition.PartitionKey), "partition key");
        var sortKey = definition.SortKey is null ? null : CheckKey<T>(Find(definition.SortKey), "sort key");
        var version = definition.Version is null ? null : CheckVersion<T>(Find(definition.Version), definition);
        var timeToLive = definition.TimeToLive is null ? null : Find(definition.TimeToLive);
        var indexes = CreateIndexes<T>(definition, partitionKey, sortKey, Find);
        var keys = KeyChecks(properties, partitionKey, sortKey, indexes);

        return new EntityMetadata<T>(
            properties,
            tableName,
            partitionKey,
            sortKey,
            version,
            timeToLive,
            indexes,
            MapperCompiler.CompileWriter<T>(mapped, keys),
            MapperCompiler.CompileReader<T>(mapped, binding),
            () => MapperCompiler.CompileWriter<T>(mapped, keys, sized: true))
        {
            GeneratedKeys = GeneratedKeyFactory.Create(type, definition, properties, partitionKey, sortKey),
        };
    }

    /// <summary>The keys the writer checks, in this order: the table's partition and sort keys, then every index key.</summary>
    internal static List<KeyCheck> KeyChecks(IReadOnlyList<PropertyMetadata> properties, PropertyMetadata partitionKey, PropertyMetadata? sortKey, IReadOnlyList<IndexMetadata> indexes)
    {
        var list = properties as List<PropertyMetadata> ?? [.. properties];
        var checks = new List<KeyCheck> { new(list.IndexOf(partitionKey), Required: true) };
        if (sortKey is not null)
        {
            checks.Add(new(list.IndexOf(sortKey), Required: true));
        }

        foreach (var index in indexes)
        {
            checks.Add(new(list.IndexOf(index.PartitionKey), Required: false));
            if (index.SortKey is not null)
            {
                checks.Add(new(list.IndexOf(index.SortKey), Required: false));
            }
        }

        return checks;
    }

    private static EntityConfigurationException Error<T>(string message, string? property = null) => new(message, typeof(T), property);

    /// <summary>The default members minus the ignored ones, plus members the configuration names explicitly (e.g. fields).</summary>
    private static List<MemberInfo> SelectMembers<T>(EntityDefinition definition)
    {
        var name = typeof(T).Name;
        var members = MemberDiscovery.DefaultMembers(typeof(T), out var unresolved).Where(m => !definition.Ignored.Contains(m.Name)).ToList();
        var unresolvedProperty = unresolved.Find(p => !definition.Ignored.Contains(p.Name) && definition.Properties.GetValueOrDefault(p.Name)?.FieldName is null);
        if (unresolvedProperty is not null)
        {
            throw MemberDiscovery.Unresolved(typeof(T), unresolvedProperty);
        }

        foreach (var (member, role) in ReferencedMembers(definition))
        {
            if (definition.Ignored.Contains(member.Name))
            {
                throw Error<T>(
                    $"{name}.{member.Name} is ignored but is used as the {role}. Remove Ignore(x => x.{member.Name}) or choose another {role}.",
                    member.Name);
            }

            if (members.Exists(m => m.Name == member.Name))
            {
                continue;
            }

            if (!MemberAccess.IsReadWrite(member) && definition.Properties.GetValueOrDefault(member.Name)?.FieldName is null)
            {
                throw Error<T>(
                    $"{name}.{member.Name} is used as the {role} but cannot be written back when reading items. Give it a setter (it may be private or init).",
                    member.Name);
            }

            members.Add(member);
        }

        return members;
    }

    private static IEnumerable<(MemberInfo Member, string Role)> ReferencedMembers(EntityDefinition definition)
    {
        if (definition.PartitionKey is { } partitionKey)
        {
            yield return (partitionKey, "partition key");
        }

        if (definition.SortKey is { } sortKey)
        {
            yield return (sortKey, "sort key");
        }

        if (definition.Version is { } version)
        {
            yield return (version, "version");
        }

        if (definition.TimeToLive is { } timeToLive)
        {
            yield return (timeToLive, "time-to-live");
        }

        foreach (var index in definition.Indexes)
        {
            if (index.PartitionKey is { } indexPartition)
            {
                yield return (indexPartition, $"partition key of index '{index.Name}'");
            }

            if (index.SortKey is { } indexSort)
            {
                yield return (indexSort, $"sort key of index '{index.Name}'");
            }
        }

        foreach (var property in definition.Properties.Values)
        {
            yield return (property.Member, "configured property");
        }
    }

    private static MappedMember Map<T>(EntityDefinition definition, MemberInfo member, ConverterFactory converters)
    {
        var name = typeof(T).Name;
        definition.Properties.TryGetValue(member.Name, out var configured);
        var storage = MemberAccess.StorageOf(member, configured?.FieldName)
            ?? throw Error<T>(
                $"{name}.{member.Name} is stored in field '{configured?.FieldName}', which {name} does not have. Name an instance field of {name} or of a base class in HasField(...).",
                member.Name);
        var memberType = MemberAccess.TypeOf(storage);
        var attributeName = configured?.AttributeName ?? member.Name;
        IAttributeConverter? converter;
        if (configured?.Conversion is { } conversion)
        {
            if (conversion.ModelType != memberType)
            {
                throw Error<T>(
                    $"{name}.{member.Name} is stored as a {ConverterFactory.Describe(memberType)} but its conversion converts a {ConverterFactory.Describe(conversion.ModelType)}. Use a DynamoConverter<{ConverterFactory.Describe(memberType)}>, or a conversion from {ConverterFactory.Describe(memberType)}.",
                    member.Name);
            }

            try
            {
                converter = converters.FromConversion(conversion);
            }
            catch (EntityConfigurationException nested)
            {
                throw Error<T>($"{name}.{member.Name}: {nested.Message}", member.Name);
            }
        }
        else if (configured?.AllowRounding == true)
        {
            converter = memberType == typeof(decimal) ? new RoundingDecimalConverter()
                : memberType == typeof(decimal?) ? new NullableConverter<decimal>(new RoundingDecimalConverter())
                : throw Error<T>(
                    $"{name}.{member.Name} allows rounding but is a {ConverterFactory.Describe(memberType)}; only decimal properties round. Remove AllowRounding().",
                    member.Name);
        }
        else if (definition.TimeToLive?.Name == member.Name)
        {
            converter = TimeToLiveConverter<T>(member, memberType, converters);
        }
        else
        {
            try
            {
                converter = converters.Create(memberType);
            }
            catch (EntityConfigurationException nested)
            {
                throw Error<T>($"{name}.{member.Name}: {nested.Message}", nested.PropertyName is null ? member.Name : $"{member.Name}.{nested.PropertyName}");
            }
        }

        return new MappedMember(
            storage,
            memberType,
            attributeName,
            converter ?? throw Error<T>(
                $"{name}.{member.Name}: type {ConverterFactory.Describe(memberType)} is not supported. Use a supported type, leave it out with builder.Ignore(x => x.{member.Name}), or give it a converter with builder.Property(x => x.{member.Name}).HasConverter(...).",
                member.Name),
            storage == member ? null : member.Name);
    }

    private static IAttributeConverter TimeToLiveConverter<T>(MemberInfo member, Type memberType, ConverterFactory converters)
    {
        var underlying = Nullable.GetUnderlyingType(memberType) ?? memberType;
        AttributeConverter<DateTime>? dates = underlying == typeof(DateTime) ? new EpochSecondsConverter() : null;
        AttributeConverter<DateTimeOffset>? offsets = underlying == typeof(DateTimeOffset) ? new EpochSecondsOffsetConverter() : null;
        IAttributeConverter? converter = (dates, offsets) switch
        {
            ({ } d, _) => memberType == underlying ? d : new NullableConverter<DateTime>(d),
            (_, { } o) => memberType == underlying ? o : new NullableConverter<DateTimeOffset>(o),
            _ when underlying == typeof(long) => converters.Create(memberType),
            _ => null,
        };
        return converter ?? throw Error<T>(
            $"{typeof(T).Name}.{member.Name} is the time-to-live but is a {ConverterFactory.Describe(memberType)}. Use DateTime, DateTimeOffset or long (epoch seconds), nullable allowed.",
            member.Name);
    }
}
