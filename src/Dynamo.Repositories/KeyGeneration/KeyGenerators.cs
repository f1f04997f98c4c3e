using System.Collections.Concurrent;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.KeyGeneration;

/// <summary>
/// Assigns generated keys to entities being added (one instance per application): the key members of
/// <see cref="EntityMetadata.GeneratedKeys"/> that still hold their default get the next value of their generator.
/// </summary>
internal sealed class KeyGenerators(IDynamoExecutor executor, TableNameResolver tableNames, TimeProvider time)
{
    private readonly GuidV7Generator _guids = new(time);
    private readonly SortableIdGenerator _strings = new(time);
    private readonly ConcurrentDictionary<string, HiLoSequence> _sequences = new(StringComparer.Ordinal);
    private SequenceStore? _store;

    /// <summary>Assigns the generated keys of <paramref name="entity"/> that hold their default.</summary>
    public ValueTask AssignAsync(EntityMetadata metadata, object entity, CancellationToken cancellationToken) =>
        metadata.GeneratedKeys.Count == 0 ? default : AssignCoreAsync(metadata.GeneratedKeys, entity, cancellationToken);

    /// <summary>Assigns synchronously, for the staging <c>Add</c>: only a sequence that must reserve a new block waits on DynamoDB.</summary>
    public void Assign(EntityMetadata metadata, object entity)
    {
        var pending = AssignAsync(metadata, entity, CancellationToken.None);
        if (!pending.IsCompletedSuccessfully)
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }

    private async ValueTask AssignCoreAsync(IReadOnlyList<GeneratedKey> keys, object entity, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            if (key.IsDefault(key.Property.GetValue(entity)))
            {
                var value = await NextAsync(key.Generator, cancellationToken).ConfigureAwait(false);
                key.Property.SetValue(entity, key.ToPropertyValue(value!));
            }
        }
    }

    private ValueTask<object?> NextAsync(KeyGeneratorDefinition generator, CancellationToken cancellationToken) => generator.Kind switch
    {
        KeyGeneratorKind.GuidV7 => ValueTask.FromResult<object?>(_guids.Next()),
        KeyGeneratorKind.SortableString => ValueTask.FromResult<object?>(_strings.Next()),
        KeyGeneratorKind.Sequence => Boxed(Sequence(generator).NextAsync(cancellationToken)),
        _ => generator.Custom!(cancellationToken),
    };

    private HiLoSequence Sequence(KeyGeneratorDefinition generator) =>
        _sequences.GetOrAdd(
            generator.SequenceName!,
            name => new HiLoSequence(
                LazyInitializer.EnsureInitialized(ref _store, () => new SequenceStore(executor, tableNames.Resolve(SequenceStore.LogicalTableName))),
                name,
                generator.BlockSize));

    private static async ValueTask<object?> Boxed(ValueTask<long> value) => await value.ConfigureAwait(false);
}
