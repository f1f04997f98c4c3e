using System.Runtime.CompilerServices;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Query;

/// <summary>
/// Items as entities of <typeparamref name="T"/>: through the entity's compiled attribute-map reader, or its compiled
/// JSON reader on the wire path (compiled on first use). One per entity metadata.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class EntityMaterializer<T> : IItemMaterializer<T>
    where T : class
{
    private static readonly ConditionalWeakTable<EntityMetadata<T>, EntityMaterializer<T>> Materializers = [];

    private readonly EntityMetadata<T> _metadata;
    private EntityJsonReader<T>? _json;

    private EntityMaterializer(EntityMetadata<T> metadata) => _metadata = metadata;

    /// <summary>Gets the materializer of an entity's metadata.</summary>
    /// <param name="metadata">The entity's metadata.</param>
    public static EntityMaterializer<T> For(EntityMetadata<T> metadata) => Materializers.GetValue(metadata, static m => new EntityMaterializer<T>(m));

    /// <inheritdoc/>
    public T FromItem(Dictionary<string, AttributeValue> item) => _metadata.FromItem(item);

    /// <inheritdoc/>
    public T FromJson(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body) =>
        LazyInitializer.EnsureInitialized(ref _json, () => new EntityJsonReader<T>(_metadata)).Read(ref reader, body);
}
