using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Options;

namespace Dynamo.Repositories.Tables;

/// <summary>Compares live tables with the model.</summary>
internal sealed partial class DynamoTableManager
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<TableDifference>> DescribeDifferencesAsync(CancellationToken cancellationToken = default) =>
        DescribeDifferencesAsync(static _ => true, cancellationToken);

    /// <summary>Compares the configured tables that <paramref name="include"/> selects (by physical name) with the live ones.</summary>
    internal async Task<IReadOnlyList<TableDifference>> DescribeDifferencesAsync(Func<string, bool> include, CancellationToken cancellationToken)
    {
        var differences = new List<TableDifference>();
        foreach (var table in TableDefinitions.Build(_model, _tableNames).Where(t => include(t.Name)))
        {
            var live = await DescribeAsync(table.Name, cancellationToken).ConfigureAwait(false);
            if (live is null)
            {
                differences.Add(new(table.Name, TableDifferenceKind.MissingTable, $"Table '{table.Name}' (entity {table.DeclaredBy}) does not exist; create it with IDynamoTableManager.CreateTablesAsync or CreateTablesOnStartup."));
                continue;
            }

            CompareStatus(table, live, differences);
            CompareKeys(table, live, differences);
            CompareIndexes(table, live, differences);
            CompareBilling(table, live, differences);
            await CompareTimeToLiveAsync(table, differences, cancellationToken).ConfigureAwait(false);
        }

        return differences;
    }

    private static void CompareStatus(TableDefinition table, TableDescription live, List<TableDifference> differences)
    {
        var inactive = (live.GlobalSecondaryIndexes ?? []).Where(i => i.IndexStatus is { } status && status != IndexStatus.ACTIVE).Select(i => $"index '{i.IndexName}' is {i.IndexStatus.Value}").ToList();
        if (live.TableStatus is { } status && status != TableStatus.ACTIVE)
        {
            inactive.Insert(0, $"the table is {status.Value}");
        }

        if (inactive.Count > 0)
        {
            differences.Add(new(table.Name, TableDifferenceKind.NotActive, $"Table '{table.Name}' is not ready: {string.Join(", ", inactive)}; wait until it is ACTIVE."));
        }
    }

    private static void CompareKeys(TableDefinition table, TableDescription live, List<TableDifference> differences)
    {
        var (hash, range) = KeyNames(live.KeySchema);
        if (!string.Equals(hash, table.PartitionKey.AttributeName, StringComparison.Ordinal)
            || !string.Equals(range, table.SortKey?.AttributeName, StringComparison.Ordinal))
        {
            differences.Add(new(
                table.Name,
                TableDifferenceKind.KeySchemaMismatch,
                $"Table '{table.Name}' has key ({Describe(hash, range)}) but {table.DeclaredBy} is configured with ({Describe(table.PartitionKey.AttributeName, table.SortKey?.AttributeName)}). A key cannot change: recreate the table or fix the configuration."));
        }

        var liveTypes = (live.AttributeDefinitions ?? []).ToDictionary(a => a.AttributeName, a => a.AttributeType?.Value, StringComparer.Ordinal);
        foreach (var key in table.KeyAttributes)
        {
            if (liveTypes.TryGetValue(key.AttributeName, out var liveType) && !string.Equals(liveType, key.AttributeType, StringComparison.Ordinal))
            {
                differences.Add(new(
                    table.Name,
                    TableDifferenceKind.AttributeTypeMismatch,
                    $"Key attribute '{key.AttributeName}' of table '{table.Name}' is of type {liveType} but the configuration maps it to type {key.AttributeType}. Change the property type or its converter, or recreate the table."));
            }
        }
    }

    private static void CompareIndexes(TableDefinition table, TableDescription live, List<TableDifference> differences)
    {
        var liveIndexes = (live.GlobalSecondaryIndexes ?? []).Select(i => (i.IndexName, IsGlobal: true, i.KeySchema, i.Projection))
            .Concat((live.LocalSecondaryIndexes ?? []).Select(i => (i.IndexName, IsGlobal: false, i.KeySchema, i.Projection)))
            .ToDictionary(i => i.IndexName, StringComparer.Ordinal);
        foreach (var index in table.Indexes)
        {
            var kind = index.IsGlobal ? "global" : "local";
            if (!liveIndexes.Remove(index.Name, out var found))
            {
                var fix = index.IsGlobal ? "add it with UpdateTable" : "local indexes exist only from creation: recreate the table";
                differences.Add(new(table.Name, TableDifferenceKind.MissingIndex, $"Table '{table.Name}' has no {kind} index '{index.Name}' declared by {index.DeclaredBy}; {fix}."));
                continue;
            }

            var (hash, range) = KeyNames(found.KeySchema);
            var problems = new List<string>();
            if (found.IsGlobal != index.IsGlobal)
            {
                problems.Add($"it is {(found.IsGlobal ? "global" : "local")}, the configuration declares it {kind}");
            }

            if (!string.Equals(hash, index.PartitionKey.AttributeName, StringComparison.Ordinal) || !string.Equals(range, index.SortKey?.AttributeName, StringComparison.Ordinal))
            {
                problems.Add($"its key is ({Describe(hash, range)}), the configuration's is ({Describe(index.PartitionKey.AttributeName, index.SortKey?.AttributeName)})");
            }

            if (found.Projection?.ProjectionType != ProjectionType.ALL)
            {
                problems.Add($"it projects {found.Projection?.ProjectionType?.Value ?? "nothing"}, the library reads whole items and needs ALL");
            }

            if (problems.Count > 0)
            {
                differences.Add(new(table.Name, TableDifferenceKind.IndexMismatch, $"Index '{index.Name}' of table '{table.Name}' differs: {string.Join("; ", problems)}. Recreate the index or fix the configuration of {index.DeclaredBy}."));
            }
        }

        foreach (var extra in liveIndexes.Keys.Order(StringComparer.Ordinal))
        {
            differences.Add(new(table.Name, TableDifferenceKind.ExtraIndex, $"Table '{table.Name}' has index '{extra}' that no configured entity declares; declare it in an entity configuration or delete it if unused."));
        }
    }

    private void CompareBilling(TableDefinition table, TableDescription live, List<TableDifference> differences)
    {
        // DynamoDB omits the billing summary of tables that were always provisioned.
        var liveMode = live.BillingModeSummary?.BillingMode ?? BillingMode.PROVISIONED;
        var wanted = _options.BillingMode == DynamoBillingMode.Provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST;
        if (liveMode != wanted)
        {
            differences.Add(new(table.Name, TableDifferenceKind.BillingModeMismatch, $"Table '{table.Name}' is billed {liveMode.Value} but the options' BillingMode says {wanted.Value}; change the table's billing mode or the option."));
        }
    }

    private async Task CompareTimeToLiveAsync(TableDefinition table, List<TableDifference> differences, CancellationToken cancellationToken)
    {
        TimeToLiveDescription? ttl;
        try
        {
            var response = await _client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = table.Name }, cancellationToken).ConfigureAwait(false);
            ttl = response.TimeToLiveDescription;
        }
        catch (AmazonDynamoDBException exception)
        {
            throw new DynamoTableException($"Describing the time to live of table '{table.Name}' failed: {exception.Message} Check the credentials' permissions.", table.Name, exception);
        }

        var enabled = ttl?.TimeToLiveStatus == TimeToLiveStatus.ENABLED || ttl?.TimeToLiveStatus == TimeToLiveStatus.ENABLING;
        if (table.TimeToLiveAttribute is { } wanted)
        {
            if (!enabled)
            {
                differences.Add(new(table.Name, TableDifferenceKind.TimeToLiveDisabled, $"Time to live is off on table '{table.Name}' but the configuration expires items by attribute '{wanted}'; enable it with UpdateTimeToLive on '{wanted}'."));
            }
            else if (!string.Equals(ttl?.AttributeName, wanted, StringComparison.Ordinal))
            {
                differences.Add(new(table.Name, TableDifferenceKind.TimeToLiveDisabled, $"Time to live of table '{table.Name}' uses attribute '{ttl?.AttributeName}' but the configuration expires items by '{wanted}'; disable it and enable it on '{wanted}', or rename the attribute."));
            }
        }
        else if (enabled)
        {
            differences.Add(new(table.Name, TableDifferenceKind.TimeToLiveUnexpected, $"Time to live is on for table '{table.Name}' (attribute '{ttl?.AttributeName}') but no configured entity declares it; declare it with HasTimeToLive or disable it."));
        }
    }

    private static (string? Hash, string? Range) KeyNames(List<KeySchemaElement>? schema) =>
        (schema?.Find(k => k.KeyType == KeyType.HASH)?.AttributeName, schema?.Find(k => k.KeyType == KeyType.RANGE)?.AttributeName);

    private static string Describe(string? hash, string? range) => range is null ? $"{hash}" : $"{hash}, {range}";
}
