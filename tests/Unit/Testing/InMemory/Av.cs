using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

/// <summary>Short builders of attribute values, items and the test tables of the in-memory executor tests.</summary>
internal static class Av
{
    public static AttributeValue S(string value) => new() { S = value };

    public static AttributeValue N(string value) => new() { N = value };

    public static AttributeValue B(params byte[] value) => new() { B = new MemoryStream(value) };

    public static AttributeValue Bool(bool value) => new() { BOOL = value };

    public static AttributeValue L(params AttributeValue[] values) => new() { L = [.. values] };

    public static AttributeValue M(params (string Name, AttributeValue Value)[] values) => new() { M = Item(values) };

    public static AttributeValue SS(params string[] values) => new() { SS = [.. values] };

    public static AttributeValue NS(params string[] values) => new() { NS = [.. values] };

    public static Dictionary<string, AttributeValue> Item(params (string Name, AttributeValue Value)[] attributes) =>
        attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);

    public static Dictionary<string, string> Names(params string[] names) =>
        names.Select((n, i) => (n, i)).ToDictionary(p => "#n" + p.i, p => p.n, StringComparer.Ordinal);

    public static Dictionary<string, AttributeValue> Values(params AttributeValue[] values) =>
        values.Select((v, i) => (v, i)).ToDictionary(p => ":v" + p.i, p => p.v, StringComparer.Ordinal);

    /// <summary>An executor with table "T" (pk S, sk S), index "ByStatus" (status S, amount N, all attributes) and "ByOwner" (owner S, keys only), and table "K" (id N).</summary>
    public static InMemoryExecutor Executor(TimeProvider? time = null)
    {
        var executor = new InMemoryExecutor(time);
        executor.CreateTable(new CreateTableRequest
        {
            TableName = "T",
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
            AttributeDefinitions =
            [
                new AttributeDefinition("pk", ScalarAttributeType.S),
                new AttributeDefinition("sk", ScalarAttributeType.S),
                new AttributeDefinition("status", ScalarAttributeType.S),
                new AttributeDefinition("amount", ScalarAttributeType.N),
                new AttributeDefinition("owner", ScalarAttributeType.S),
            ],
            GlobalSecondaryIndexes =
            [
                new GlobalSecondaryIndex
                {
                    IndexName = "ByStatus",
                    KeySchema = [new KeySchemaElement("status", KeyType.HASH), new KeySchemaElement("amount", KeyType.RANGE)],
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                },
                new GlobalSecondaryIndex
                {
                    IndexName = "ByOwner",
                    KeySchema = [new KeySchemaElement("owner", KeyType.HASH)],
                    Projection = new Projection { ProjectionType = ProjectionType.KEYS_ONLY },
                },
            ],
        });
        executor.CreateTable(new CreateTableRequest
        {
            TableName = "K",
            KeySchema = [new KeySchemaElement("id", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("id", ScalarAttributeType.N)],
        });
        return executor;
    }
}
