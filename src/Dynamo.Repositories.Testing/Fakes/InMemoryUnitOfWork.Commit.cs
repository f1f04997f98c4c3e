using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Writes;

namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>The commit: production limits, every condition checked first, then everything applied.</summary>
public sealed partial class InMemoryUnitOfWork
{
    /// <inheritdoc/>
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (PendingCount == 0)
        {
            return Task.FromResult(0);
        }

        // The production planner checks the limits (100 actions, sizes, no item twice) and reads the entities now.
        var actions = CommitPlanner.Prepare(_staging.Staged);
        var stored = actions.Select(a => _store.Find(a.Source.Metadata, a.Key)).ToArray();
        var failed = new bool[actions.Length];
        for (var i = 0; i < actions.Length; i++)
        {
            failed[i] = !Holds(actions[i], stored[i]);
        }

        if (failed.Any(f => f))
        {
            throw Failure(actions, stored, failed);
        }

        for (var i = 0; i < actions.Length; i++)
        {
            Apply(actions[i], stored[i]);
        }

        foreach (var action in actions)
        {
            action.Source.Complete(action);
        }

        DiscardChanges();
        return Task.FromResult(actions.Length);
    }

    private bool Holds(WriteAction action, Dictionary<string, AttributeValue>? stored)
    {
        var source = action.Source;
        var versioned = source.Metadata.Version is not null;
        var storedVersion = StoredVersion(source.Metadata, stored);
        return source.Kind switch
        {
            StagedWriteKind.Add => stored is null,
            StagedWriteKind.Upsert => !versioned || stored is null || storedVersion == action.ExpectedVersion,
            StagedWriteKind.Update or StagedWriteKind.Delete => stored is not null && (!versioned || storedVersion == action.ExpectedVersion),
            _ => stored is not null && _checks[source](stored),
        };
    }

    private void Apply(WriteAction action, Dictionary<string, AttributeValue>? stored)
    {
        var source = action.Source;
        var metadata = source.Metadata;
        object? snapshot = null;
        switch (source.Kind)
        {
            case StagedWriteKind.Add or StagedWriteKind.Upsert:
                _store.Put(metadata, action.Item!);
                snapshot = Snapshot(metadata, action.Item!);
                break;
            case StagedWriteKind.Update:
                var item = Updated(metadata, stored!, source.Entity!, action.NewVersion);
                _store.Put(metadata, item);
                snapshot = Snapshot(metadata, item);
                break;
            case StagedWriteKind.Delete:
                _store.Remove(metadata, action.Key);
                snapshot = Snapshot(metadata, stored!);
                break;
        }

        _store.Record(new CommittedWrite(metadata.ClrType, source.Kind, action.KeyDescription, snapshot));
    }

    // UpdateItem sets the mapped attributes and removes the mapped ones that are now null; attributes the model does not know survive.
    private static Dictionary<string, AttributeValue> Updated(EntityMetadata metadata, Dictionary<string, AttributeValue> stored, object entity, long? newVersion)
    {
        var mapped = metadata.Properties.Select(p => p.AttributeName).ToHashSet(StringComparer.Ordinal);
        var item = stored.Where(a => !mapped.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        foreach (var (name, value) in EntityItems.ToItem(metadata, entity))
        {
            item[name] = value;
        }

        if (newVersion is { } version && metadata.Version is not null)
        {
            item[metadata.Version.AttributeName] = new AttributeValue { N = version.ToString(CultureInfo.InvariantCulture) };
        }

        return item;
    }

    private static object Snapshot(EntityMetadata metadata, Dictionary<string, AttributeValue> item) =>
        EntityItems.FromItem(metadata, AttributeValueCopier.Copy(item));

    // The failure is built by the production failure mapper from what DynamoDB would have answered, so types and messages match.
    private static DynamoRepositoryException Failure(WriteAction[] actions, Dictionary<string, AttributeValue>?[] stored, bool[] failed)
    {
        Exception answer;
        if (actions.Length == 1 && actions[0].Type != WriteActionType.ConditionCheck)
        {
            answer = new ConditionalCheckFailedException("The conditional request failed") { Item = Returned(actions[0], stored[0]) };
        }
        else
        {
            answer = new TransactionCanceledException("Transaction cancelled, please refer cancellation reasons for specific reasons")
            {
                CancellationReasons = actions
                    .Select((_, i) => failed[i]
                        ? new CancellationReason { Code = "ConditionalCheckFailed", Message = "The conditional request failed", Item = Returned(actions[i], stored[i]) }
                        : new CancellationReason { Code = "None" })
                    .ToList(),
            };
        }

        return CommitFailureMapper.Map(answer, actions)
            ?? throw new InvalidOperationException("The production failure mapper did not map a condition failure.");
    }

    // DynamoDB returns the stored item on a failed condition only when the request asked for it (ALL_OLD).
    private static Dictionary<string, AttributeValue>? Returned(WriteAction action, Dictionary<string, AttributeValue>? item) =>
        item is null || !action.ReturnsStoredItemOnFailure ? null : AttributeValueCopier.Copy(item);

    private static long? StoredVersion(EntityMetadata metadata, Dictionary<string, AttributeValue>? stored) =>
        metadata.Version is { } version && stored is not null && stored.TryGetValue(version.AttributeName, out var value) && value.N is not null
            ? long.Parse(value.N, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : null;
}
