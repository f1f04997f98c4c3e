using System.Text;
using System.Text.Json;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// Reads entities of <typeparamref name="T"/> straight from DynamoDB JSON (the wire path's items), with the reader
/// compiled from the same members and constructor binding as the entity's attribute-map reader, so both give the same
/// entity and the same errors.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class EntityJsonReader<T>
    where T : class
{
    [ThreadStatic]
    private static JsonItem? threadItem;

    private readonly byte[][] _names;
    private readonly Func<JsonItem, T> _read;

    /// <summary>Initializes a new instance of the <see cref="EntityJsonReader{T}"/> class: compiles the reader of an entity's members.</summary>
    /// <param name="metadata">The entity's metadata.</param>
    public EntityJsonReader(EntityMetadata<T> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var members = metadata.Properties
            .Select(p => new MappedMember(p.Member, p.PropertyType, p.AttributeName, p.Converter, p.Name == p.Member.Name ? null : p.Name))
            .ToList();
        _names = [.. members.Select(m => Encoding.UTF8.GetBytes(m.AttributeName))];
        _read = MapperCompiler.CompileJsonReader<T>(members, ConstructorBinder.Bind(typeof(T), members));
    }

    /// <summary>Reads the entity of the item the reader is on (its <c>{</c>); the reader ends on the item's <c>}</c>.</summary>
    /// <param name="reader">The reader over <paramref name="body"/>.</param>
    /// <param name="body">The bytes the reader reads.</param>
    /// <returns>The entity.</returns>
    public T Read(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body)
    {
        // One located item per thread: the read below is synchronous and converters never read JSON, so it is never shared.
        var item = threadItem;
        if (item is null || item.Slots != _names.Length)
        {
            threadItem = item = new JsonItem(_names.Length);
        }

        item.Load(ref reader, body, _names);
        return _read(item);
    }
}
