using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>An Add, Update, Upsert or Delete of one entity instance.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class StagedEntityWrite<T>(EntityMetadata<T> metadata, string tableName, StagedWriteKind kind, T entity)
    : StagedWrite(metadata, tableName, kind)
    where T : class
{
    /// <inheritdoc/>
    public override object? Entity => entity;

    /// <inheritdoc/>
    public override string DescribeKey() => metadata.DescribeKey(entity);

    /// <inheritdoc/>
    public override WriteAction Prepare(CommitJson? json)
    {
        var template = WriteTemplate.For(metadata);
        if (json is not null && Kind != StagedWriteKind.Delete && PrepareJson(json, template) is { } prepared)
        {
            return prepared;
        }

        var item = metadata.ToItem(entity, out var written);

        // ToItem has checked the key attributes are present (a Put projects its key from the item only if asked).
        var key = Kind is StagedWriteKind.Add or StagedWriteKind.Upsert ? null : KeyFrom(written, template);

        var versioned = metadata.Version is not null;
        var loaded = metadata.GetVersion(entity);
        long? newVersion = versioned && Kind != StagedWriteKind.Delete ? (loaded ?? 0) + 1 : null;
        if (newVersion is { } next)
        {
            // The writer's bound may count a loaded version too: an upper bound only grows, so it stays one.
            var version = Number(next);
            item[template.VersionAttribute!] = version;
            written = written with { SizeBound = written.SizeBound + ItemSizeEstimator.Bound(template.VersionAttribute!, version) };
        }

        return Kind switch
        {
            StagedWriteKind.Add or StagedWriteKind.Upsert => PutAction(template, item, null, written, loaded, newVersion),
            _ when key is null => throw new InvalidOperationException($"A staged write of {metadata.DisplayName} has no key."),
            StagedWriteKind.Update => PrepareUpdate(template, key, item, written, versioned, loaded, newVersion),
            StagedWriteKind.Delete when !versioned => Action(WriteActionType.Delete, key, key, template.ExistsCondition, template.KeyNames, null, loaded, null),
            StagedWriteKind.Delete => loaded is null
                ? Action(WriteActionType.Delete, key, key, template.DeleteNoVersionCondition, template.KeyAndVersionNames, null, loaded, null)
                : Action(WriteActionType.Delete, key, key, template.DeleteVersionCondition, template.KeyAndVersionNames, ExpectedVersion(0, loaded.Value), loaded, null),
            _ => throw new InvalidOperationException($"A staged write of {metadata.DisplayName} cannot be a {Kind}."),
        };
    }

    /// <summary>
    /// Prepares a Put or an Update with its item (or its values) written as JSON into the commit's buffer, with the same
    /// conditions, versions, key checks and size bound as the dictionary form; null when the dictionary form is needed
    /// (an update of more than 64 attributes, or of key attributes only).
    /// </summary>
    private WriteAction? PrepareJson(CommitJson json, WriteTemplate template)
    {
        var writers = EntityJsonWriters<T>.For(metadata);
        var versioned = metadata.Version is not null;
        var loaded = metadata.GetVersion(entity);
        long? newVersion = versioned ? (loaded ?? 0) + 1 : null;
        if (Kind != StagedWriteKind.Update)
        {
            var writer = json.Begin();
            writer.WriteStartObject();
            var item = writers.Item(entity, writer, newVersion, out _);
            writer.WriteEndObject();
            return PutAction(template, null, json.End(), item, loaded, newVersion);
        }

        if (writers.Update(template) is not { } update || template.UpdateAttributes.Count == 0)
        {
            return null;
        }

        var values = json.Begin();
        values.WriteStartObject();
        var written = update(entity, values, newVersion, out var present);
        if (versioned && loaded is { } expected)
        {
            EntityJsonMembers.Number(values, template.ExpectedVersionName, 0, expected);
        }

        values.WriteEndObject();
        var valuesJson = json.End();
        var condition = !versioned ? template.UpdateCondition : loaded is null ? template.UpdateNoVersionCondition! : template.UpdateVersionCondition!;
        var key = KeyFrom(written, template);
        return new(this, WriteActionType.Update, condition, template.UpdateNames, null, null)
        {
            Key = key,
            UpdateExpression = template.BuildUpdate(present),
            Json = present == 0 && !(versioned && loaded is not null) ? null : valuesJson,
            Written = written,
            ExpectedVersion = loaded,
            NewVersion = newVersion,
        };
    }

    /// <inheritdoc/>
    public override void Complete(WriteAction action)
    {
        if (action.NewVersion is { } version)
        {
            metadata.SetVersion(entity, version);
        }
    }

    private WriteAction PrepareUpdate(
        WriteTemplate template,
        Dictionary<string, AttributeValue> key,
        Dictionary<string, AttributeValue> item,
        WrittenItem written,
        bool versioned,
        long? loaded,
        long? newVersion)
    {
        var values = new Dictionary<string, AttributeValue>(template.UpdateAttributes.Count + 1, StringComparer.Ordinal);
        var expression = template.BuildUpdate(item, values);
        string condition;
        if (!versioned)
        {
            condition = template.UpdateCondition;
        }
        else if (loaded is { } expected)
        {
            values[template.ExpectedVersionValue] = Number(expected);
            condition = template.UpdateVersionCondition!;
        }
        else
        {
            condition = template.UpdateNoVersionCondition!;
        }

        if (expression is null)
        {
            // Only key attributes are mapped: nothing to update, but the existence condition still has to hold.
            return Action(WriteActionType.ConditionCheck, key, item, template.ExistsCondition, template.KeyNames, null, loaded, null);
        }

        return Action(WriteActionType.Update, key, item, condition, template.UpdateNames, values, loaded, newVersion, expression, written);
    }

    private WriteAction Action(
        WriteActionType type,
        Dictionary<string, AttributeValue> key,
        Dictionary<string, AttributeValue> sized,
        string? condition,
        Dictionary<string, string>? names,
        Dictionary<string, AttributeValue>? values,
        long? loaded,
        long? newVersion,
        string? updateExpression = null,
        WrittenItem written = default) =>
        new(this, type, condition, names, values, sized)
        {
            Key = key,
            UpdateExpression = updateExpression,
            Written = written,
            ExpectedVersion = loaded,
            NewVersion = newVersion,
        };

    // No key dictionary: the request carries the item (a dictionary, or JSON), and the key is projected from it only if asked for.
    private WriteAction PutAction(
        WriteTemplate template, Dictionary<string, AttributeValue>? item, PreparedJson? json, WrittenItem written, long? loaded, long? newVersion)
    {
        (string? Condition, Dictionary<string, string>? Names, Dictionary<string, AttributeValue>? Values) parts = Kind switch
        {
            StagedWriteKind.Add => (template.AddCondition, template.KeyNames, null),
            _ when metadata.Version is null => (null, null, null),
            _ when loaded is null => (template.UpsertNoVersionCondition, template.KeyAndVersionNames, null),
            _ => (template.UpsertVersionCondition, template.KeyAndVersionNames, ExpectedVersion(0, loaded.Value)),
        };
        return new(this, WriteActionType.Put, parts.Condition, parts.Names, parts.Values, item)
        {
            Item = item,
            Json = json,
            Written = written,
            ExpectedVersion = loaded,
            NewVersion = newVersion,
            ReturnsStoredItemOnFailure = Kind != StagedWriteKind.Add,
        };
    }

    private Dictionary<string, AttributeValue> KeyFrom(WrittenItem written, WriteTemplate template)
    {
        var key = new Dictionary<string, AttributeValue>(template.SortKeyAttribute is null ? 1 : 2, StringComparer.Ordinal)
        {
            [template.PartitionKeyAttribute] = written.Partition ?? throw NullKey(metadata.PartitionKey),
        };
        if (template.SortKeyAttribute is not null)
        {
            key[template.SortKeyAttribute] = written.Sort ?? throw NullKey(metadata.SortKey!);
        }

        return key;
    }

    private EntityMappingException NullKey(PropertyMetadata property) => new(
        $"Cannot {Kind.ToString().ToLowerInvariant()} {metadata.DisplayName}: its key property {property.Name} is null. Set the key before saving.",
        metadata.ClrType,
        property.Name);

    private static Dictionary<string, AttributeValue> ExpectedVersion(int index, long version) =>
        new(1, StringComparer.Ordinal) { [WriteTemplate.ValuePlaceholder(index)] = Number(version) };

    private static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };
}
