using System.Runtime.CompilerServices;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// The compiled JSON writers of one entity type's writes, built on first use and kept beside its metadata: the item of a
/// Put (attribute names), and the values of an Update (value placeholders, table keys not written). An update of more
/// than 64 attributes has no JSON writer (its presence mask would not fit) and is prepared with dictionaries.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class EntityJsonWriters<T>
    where T : class
{
    private static readonly ConditionalWeakTable<EntityMetadata<T>, EntityJsonWriters<T>> Writers = new();

    private readonly EntityMetadata<T> _metadata;
    private EntityJsonWriter<T>? _item;
    private EntityJsonWriter<T>? _update;

    private EntityJsonWriters(EntityMetadata<T> metadata) => _metadata = metadata;

    /// <summary>Gets the writer of a Put's item.</summary>
    public EntityJsonWriter<T> Item => _item ?? CompileItem();

    /// <summary>Gets the writers of an entity type's metadata.</summary>
    public static EntityJsonWriters<T> For(EntityMetadata<T> metadata) => Writers.GetValue(metadata, static m => new EntityJsonWriters<T>(m));

    /// <summary>Returns the writer of an Update's values, or null when the update has more than 64 attributes.</summary>
    public EntityJsonWriter<T>? Update(WriteTemplate template) =>
        template.UpdateAttributes.Count > 64 ? null : _update ?? CompileUpdate(template);

    private EntityJsonWriter<T> CompileItem() =>
        _item = EntityJsonCompiler.Compile(_metadata, [.. _metadata.Properties.Select(p => p.AttributeName)]);

    private EntityJsonWriter<T> CompileUpdate(WriteTemplate template)
    {
        var placeholders = template.UpdateAttributes.ToDictionary(a => a.Name, a => a.ValuePlaceholder, StringComparer.Ordinal);
        string?[] names = [.. _metadata.Properties.Select(p => placeholders.GetValueOrDefault(p.AttributeName))];
        return _update = EntityJsonCompiler.Compile(_metadata, names);
    }
}
