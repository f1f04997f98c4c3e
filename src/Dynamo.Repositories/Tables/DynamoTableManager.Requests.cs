using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Options;

namespace Dynamo.Repositories.Tables;

/// <summary>The CreateTable request of a table definition.</summary>
internal sealed partial class DynamoTableManager
{
    /// <summary>Builds the CreateTable request of a table: keys, attribute definitions, indexes and billing from the options.</summary>
    internal CreateTableRequest CreateTableRequestFor(TableDefinition table)
    {
        var provisioned = _options.BillingMode == DynamoBillingMode.Provisioned;
        var globals = table.Indexes.Where(i => i.IsGlobal).ToList();
        var locals = table.Indexes.Where(i => !i.IsGlobal).ToList();
        return new CreateTableRequest
        {
            TableName = table.Name,
            KeySchema = KeySchema(table.PartitionKey, table.SortKey),
            AttributeDefinitions = [.. table.KeyAttributes.Select(k => new AttributeDefinition(k.AttributeName, new ScalarAttributeType(k.AttributeType)))],
            BillingMode = provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST,
            ProvisionedThroughput = provisioned ? Throughput() : null,
            GlobalSecondaryIndexes = globals.Count == 0
                ? null
                : [.. globals.Select(i => new GlobalSecondaryIndex
                {
                    IndexName = i.Name,
                    KeySchema = KeySchema(i.PartitionKey, i.SortKey),
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                    ProvisionedThroughput = provisioned ? Throughput() : null,
                })],
            LocalSecondaryIndexes = locals.Count == 0
                ? null
                : [.. locals.Select(i => new LocalSecondaryIndex
                {
                    IndexName = i.Name,
                    KeySchema = KeySchema(i.PartitionKey, i.SortKey),
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                })],
        };
    }

    private ProvisionedThroughput Throughput() => new(_options.ReadCapacityUnits, _options.WriteCapacityUnits);

    private static List<KeySchemaElement> KeySchema(TableKey partitionKey, TableKey? sortKey) =>
        sortKey is null
            ? [new KeySchemaElement(partitionKey.AttributeName, KeyType.HASH)]
            : [new KeySchemaElement(partitionKey.AttributeName, KeyType.HASH), new KeySchemaElement(sortKey.AttributeName, KeyType.RANGE)];
}
