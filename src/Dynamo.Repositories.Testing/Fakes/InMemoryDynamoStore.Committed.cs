using Dynamo.Repositories.Events;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Testing.InMemory;

namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>The record of committed writes: the unit of work's staged writes paired with the changes the executor applied.</summary>
public sealed partial class InMemoryDynamoStore
{
    private readonly List<CommittedWrite> _committed = [];

    /// <summary>
    /// Gets the writes committed so far, in commit and staging order (seeded entities are not recorded). With the outbox
    /// on, the records a commit wrote appear as <see cref="OutboxMessage"/> writes of that commit; the relay's updates do not appear.
    /// </summary>
    public IReadOnlyList<CommittedWrite> Committed => _committed;

    /// <summary>Forgets the recorded <see cref="Committed"/> writes (the stored data stays).</summary>
    public void ClearCommitted() => _committed.Clear();

    // A batch write is the non-atomic bulk path: each item is an Upsert or a Delete of the table's entity type.
    // Any other write request is a commit of the unit of work, whose staged writes are still staged while it is sent.
    private void OnChanged(IReadOnlyList<ItemChange> changes)
    {
        if (changes[0].Batch)
        {
            foreach (var change in changes)
            {
                var metadata = Model.Entities.First(e => _tableNames.Resolve(e) == change.TableName);
                Record(metadata, change.NewImage is null ? StagedWriteKind.Delete : StagedWriteKind.Upsert, null, change);
            }

            return;
        }

        // The relay's scopes and the marking of delivered records commit outbox records only, in a unit of work of their own.
        var staged = Context.UnitOfWorkCore.Staged;
        if (changes.All(c => c.TableName == _outboxTable) && !staged.Any(w => w.Entity is OutboxRecord))
        {
            return;
        }

        var next = 0;
        foreach (var write in staged)
        {
            if (write.Kind == StagedWriteKind.Check)
            {
                _committed.Add(new CommittedWrite(write.Metadata.ClrType, StagedWriteKind.Check, write.DescribeKey(), null));
            }
            else if (next < changes.Count)
            {
                Record(write.Metadata, write.Kind, write.DescribeKey(), changes[next++]);
            }
        }
    }

    private void Record(EntityMetadata metadata, StagedWriteKind kind, string? key, ItemChange change)
    {
        var snapshot = EntityItems.FromItem(metadata, (change.NewImage ?? change.OldImage)!);
        if (snapshot is OutboxRecord record)
        {
            _committed.Add(new CommittedWrite(typeof(OutboxMessage), kind, key ?? record.Id, record.ToMessage()));
            return;
        }

        _committed.Add(new CommittedWrite(metadata.ClrType, kind, key ?? EntityItems.DescribeKey(metadata, snapshot), snapshot));
    }
}
