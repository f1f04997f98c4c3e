using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;

namespace Dynamo.Repositories.Metadata;

/// <summary>The metadata of <typeparamref name="T"/> with its compiled item readers and writers.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class EntityMetadata<T>(
    IReadOnlyList<PropertyMetadata> properties,
    string tableName,
    PropertyMetadata partitionKey,
    PropertyMetadata? sortKey,
    PropertyMetadata? version,
    PropertyMetadata? timeToLive,
    IReadOnlyList<IndexMetadata> indexes,
    ItemWriter<T> toItem,
    Func<Dictionary<string, AttributeValue>, T> fromItem,
    Func<ItemWriter<T>>? compileSizedWriter = null)
    : EntityMetadata(typeof(T), properties, tableName, partitionKey, sortKey, version, timeToLive, indexes)
    where T : class
{
    private readonly Func<T, long?>? _versionGetter = VersionAccessors.CompileGetter<T>(version);
    private readonly Action<T, long>? _versionSetter = VersionAccessors.CompileSetter<T>(version);
    private readonly Type? _versionTarget = version is null ? null : Nullable.GetUnderlyingType(version.PropertyType) ?? version.PropertyType;
    private ItemWriter<T>? _sizedWriter;

    /// <summary>Writes every mapped, non-null property of an entity into a new item.</summary>
    /// <remarks>
    /// Rejects, before any request, what DynamoDB would refuse: a missing or empty table key, an empty index key (the
    /// compiled writer checks them on the values it has just written).
    /// </remarks>
    public Dictionary<string, AttributeValue> ToItem(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return toItem(entity, out _);
    }

    /// <summary>
    /// Writes an entity into a new item (as <see cref="ToItem(T)"/>) and hands back the key values written and the
    /// item's size bound, added up while writing. Commits use it; the writer that sizes is compiled on first use.
    /// </summary>
    public Dictionary<string, AttributeValue> ToItem(T entity, out WrittenItem written)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (compileSizedWriter is null)
        {
            var item = toItem(entity, out written);
            written = written with { SizeBound = ItemSizeEstimator.Bound(item) };
            return item;
        }

        return LazyInitializer.EnsureInitialized(ref _sizedWriter, compileSizedWriter)(entity, out written);
    }

    /// <summary>Reads an entity from an item; throws <see cref="EntityMappingException"/> naming the property that does not fit.</summary>
    public T FromItem(Dictionary<string, AttributeValue> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return fromItem(item);
    }

    /// <summary>Builds the primary key of an entity.</summary>
    public Dictionary<string, AttributeValue> KeyOf(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return SortKey is null
            ? KeyOf(PartitionKey.GetValue(entity), null)
            : KeyOf(PartitionKey.GetValue(entity), SortKey.GetValue(entity));
    }

    /// <summary>Builds the primary key from key values, checking their types and that a sort key is given exactly when the table has one.</summary>
    public Dictionary<string, AttributeValue> KeyOf(EntityKey key) => KeyOf(key.PartitionKey, key.SortKey);

    private Dictionary<string, AttributeValue> KeyOf(object? partitionKey, object? sortKey)
    {
        var key0 = new Dictionary<string, AttributeValue>(SortKey is null ? 1 : 2, StringComparer.Ordinal)
        {
            [PartitionKey.AttributeName] = KeyValue(PartitionKey, partitionKey),
        };
        if (SortKey is not null)
        {
            if (sortKey is null)
            {
                throw new EntityMappingException(
                    $"{DisplayName} has a sort key ({SortKey.Name}); pass both the partition key and the sort key.", ClrType, SortKey.Name);
            }

            key0[SortKey.AttributeName] = KeyValue(SortKey, sortKey);
        }
        else if (sortKey is not null)
        {
            throw new EntityMappingException(
                $"{DisplayName} has no sort key; pass the partition key ({PartitionKey.Name}) only.", ClrType, PartitionKey.Name);
        }

        return key0;
    }

    /// <summary>Describes the key of an entity for messages, e.g. <c>(customer-1, order-7)</c>.</summary>
    public string DescribeKey(T entity) => SortKey is null
        ? Describe(PartitionKey.GetValue(entity), null)
        : Describe(PartitionKey.GetValue(entity), SortKey.GetValue(entity));

    /// <summary>Describes a key for messages.</summary>
    public static string DescribeKey(EntityKey key) => Describe(key.PartitionKey, key.SortKey);

    /// <summary>Reads the version of a versioned entity (null when unversioned or when the version is null).</summary>
    public long? GetVersion(T entity) =>
        _versionGetter is not null ? _versionGetter(entity)
        : Version?.GetValue(entity) is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    /// <summary>Writes the version of a versioned entity.</summary>
    public void SetVersion(T entity, long value)
    {
        if (Version is null || _versionTarget is not { } target)
        {
            return;
        }

        if (target == typeof(int) && value is > int.MaxValue or < int.MinValue)
        {
            throw new EntityMappingException(
                $"The version of {DisplayName} no longer fits {DisplayName}.{Version.Name} (an int). Make the version property a long.", ClrType, Version.Name);
        }

        if (_versionSetter is not null)
        {
            _versionSetter(entity, value);
            return;
        }

        Version.SetValue(entity, Convert.ChangeType(value, target, CultureInfo.InvariantCulture));
    }

    private AttributeValue KeyValue(PropertyMetadata property, object? value)
    {
        if (value is null)
        {
            throw new EntityMappingException(
                $"The key value for {DisplayName}.{property.Name} must not be null. Set it on the entity, or pass it in the EntityKey.", ClrType, property.Name);
        }

        var expected = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var converter = property.Converter;
        if (!expected.IsInstanceOfType(value) && ConvertedConverters.Of(converter) is { Provider: var provider } && provider.ClrType.IsInstanceOfType(value))
        {
            // A wrapped key (OrderId, a Vogen id) may also be given as the value it stores (a Guid, an int).
            converter = provider;
        }
        else if (!expected.IsInstanceOfType(value))
        {
            throw new EntityMappingException(
                $"The key value for {DisplayName}.{property.Name} must be a {expected.Name}, not a {value.GetType().Name}.", ClrType, property.Name);
        }

        AttributeValue? written;
        try
        {
            written = converter.Write(value);
        }
        catch (Exception exception) when (exception is not DynamoRepositoryException)
        {
            throw new EntityMappingException(
                $"The key value for {DisplayName}.{property.Name} cannot be converted ({exception.GetType().Name}). Check the value or the property's converter.", ClrType, property.Name, exception);
        }

        if (written is null || written.S is { Length: 0 } || written.B is { Length: 0 })
        {
            throw new EntityMappingException(
                $"The key value for {DisplayName}.{property.Name} must not be empty: DynamoDB rejects empty strings and binaries in keys.", ClrType, property.Name);
        }

        return written;
    }

    private static string Describe(object? partitionKey, object? sortKey) =>
        sortKey is null
            ? string.Create(CultureInfo.InvariantCulture, $"({partitionKey})")
            : string.Create(CultureInfo.InvariantCulture, $"({partitionKey}, {sortKey})");
}
