using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.IntegrationTests.Fakes;

/// <summary>Raw request scenarios for <see cref="InMemoryExecutorConformanceTests"/>, each describing its answer as text.</summary>
/// <remarks>
/// Not here: a transaction that writes one item twice. DynamoDB refuses it with a ValidationException ("Transaction
/// request cannot include multiple operations on one item"), as the in-memory executor does; DynamoDB Local applies
/// the actions in turn instead. The library never sends one (it refuses the commit first).
/// </remarks>
internal static class ConformanceScenarios
{
    public static readonly Dictionary<string, Func<IDynamoExecutor, string, Task<string>>> All = new(StringComparer.Ordinal)
    {
        ["not-equal across types and missing attributes"] = async (x, t) =>
        {
            await Put(x, t, Item("p", "1", ("a", S("x"))), Item("p", "2", ("a", N("1"))), Item("p", "3"));
            return await Query(x, t, "#a <> :v", ("#a", "a"), (":v", S("x")));
        },
        ["ordering comparisons across types"] = async (x, t) =>
        {
            await Put(x, t, Item("p", "1", ("a", S("5"))), Item("p", "2", ("a", N("5"))));
            return await Query(x, t, "#a < :v", ("#a", "a"), (":v", N("9")));
        },
        ["size of a non-ASCII string"] = async (x, t) =>
        {
            await Put(x, t, Item("p", "1", ("a", S("héé"))), Item("p", "2", ("a", S("abc"))));
            return await Query(x, t, "size(#a) = :v", ("#a", "a"), (":v", N("3")));
        },
        ["contains on lists and sets, begins_with on numbers"] = async (x, t) =>
        {
            await Put(x, t, Item("p", "1", ("a", new AttributeValue { L = [S("k")] })), Item("p", "2", ("a", new AttributeValue { SS = ["k"] })), Item("p", "3", ("a", N("12"))));
            var contains = await Query(x, t, "contains(#a, :v)", ("#a", "a"), (":v", S("k")));
            return contains + " | " + await Query(x, t, "begins_with(#a, :v)", ("#a", "a"), (":v", S("1")));
        },
        ["sort keys in UTF-8 byte order"] = async (x, t) =>
        {
            await Put(x, t, Item("p", "\uFF21"), Item("p", "\U0001F600"), Item("p", "Z"), Item("p", "a"));
            return await Query(x, t, null);
        },
        ["limit reached on the last item"] = async (x, t) =>
        {
            await Put(x, t, Item("p", "1"), Item("p", "2"));
            var response = await x.QueryAsync(KeyQuery(t, null, limit: 2), default);
            return Describe(response.Items, response.Count, response.ScannedCount, response.LastEvaluatedKey);
        },
        ["resume after a deleted start key, descending"] = async (x, t) =>
        {
            await Put(x, t, Item("p", "1"), Item("p", "2"), Item("p", "3"), Item("p", "4"));
            var first = await x.QueryAsync(KeyQuery(t, null, limit: 2, forward: false), default);
            await x.DeleteItemAsync(new DeleteItemRequest { TableName = t, Key = Key("p", "3") }, default);
            var rest = await x.QueryAsync(KeyQuery(t, null, forward: false, start: first.LastEvaluatedKey), default);
            return Describe(rest.Items, rest.Count, rest.ScannedCount, rest.LastEvaluatedKey);
        },
        ["numbers read back in canonical form"] = async (x, t) =>
        {
            await Put(x, t, Item("p", "1", ("a", N("12.50")), ("b", N("007")), ("c", N("1E+3")), ("d", N("-0.0300"))));
            return await Query(x, t, null);
        },
        ["update with arithmetic, if_not_exists, ADD and DELETE"] = async (x, t) =>
        {
            await Put(x, t, Item("p", "1", ("n", N("10")), ("s", new AttributeValue { SS = ["a", "b"] })));
            await x.UpdateItemAsync(
                new UpdateItemRequest
                {
                    TableName = t,
                    Key = Key("p", "1"),
                    UpdateExpression = "SET #n = #n + :one, #m = if_not_exists(#m, :one) ADD #c :one DELETE #s :a",
                    ExpressionAttributeNames = new() { ["#n"] = "n", ["#m"] = "m", ["#c"] = "c", ["#s"] = "s" },
                    ExpressionAttributeValues = new() { [":one"] = N("1.5"), [":a"] = new AttributeValue { SS = ["a"] } },
                },
                default);
            return await Query(x, t, null);
        },
        ["counter update returning UPDATED_NEW"] = async (x, t) =>
        {
            var request = new UpdateItemRequest
            {
                TableName = t,
                Key = Key("p", "seq"),
                UpdateExpression = "ADD #hi :n",
                ExpressionAttributeNames = new() { ["#hi"] = "Hi" },
                ExpressionAttributeValues = new() { [":n"] = N("100") },
                ReturnValues = ReturnValue.UPDATED_NEW,
            };
            var first = await x.UpdateItemAsync(request, default);
            var second = await x.UpdateItemAsync(request, default);
            return Describe([first.Attributes, second.Attributes], null, null, null);
        },
        ["conditional put on an existing item, with ALL_OLD"] = async (x, t) =>
        {
            await Put(x, t, Item("p", "1"));
            await x.PutItemAsync(
                new PutItemRequest
                {
                    TableName = t,
                    Item = Item("p", "1", ("a", S("new"))),
                    ConditionExpression = "attribute_not_exists(#pk)",
                    ExpressionAttributeNames = new() { ["#pk"] = "pk" },
                    ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
                },
                default);
            return "applied";
        },
        ["transaction canceled by its second action"] = async (x, t) =>
        {
            await Put(x, t, Item("p", "2"));
            await x.TransactWriteItemsAsync(Transaction(t, "1", "2"), default);
            return "applied";
        },
        ["token reused with another payload"] = async (x, t) =>
        {
            var first = Transaction(t, "1", "2");
            first.ClientRequestToken = "conformance-token";
            await x.TransactWriteItemsAsync(first, default);
            await x.TransactWriteItemsAsync(first, default);
            var other = Transaction(t, "1", "3");
            other.ClientRequestToken = "conformance-token";
            await x.TransactWriteItemsAsync(other, default);
            return "applied";
        },
        ["unused expression attribute name"] = async (x, t) =>
        {
            await x.QueryAsync(
                new QueryRequest
                {
                    TableName = t,
                    KeyConditionExpression = "#pk = :p",
                    ExpressionAttributeNames = new() { ["#pk"] = "pk", ["#x"] = "x" },
                    ExpressionAttributeValues = new() { [":p"] = S("p") },
                },
                default);
            return "answered";
        },
        ["item without its sort key"] = async (x, t) =>
        {
            await x.PutItemAsync(new PutItemRequest { TableName = t, Item = new() { ["pk"] = S("p") } }, default);
            return "applied";
        },
    };

    public static CreateTableRequest Table(string name) => new()
    {
        TableName = name,
        KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
        AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", ScalarAttributeType.S)],
        BillingMode = BillingMode.PAY_PER_REQUEST,
    };

    private static AttributeValue S(string value) => new() { S = value };

    private static AttributeValue N(string value) => new() { N = value };

    private static Dictionary<string, AttributeValue> Key(string pk, string sk) => new() { ["pk"] = S(pk), ["sk"] = S(sk) };

    private static Dictionary<string, AttributeValue> Item(string pk, string sk, params (string Name, AttributeValue Value)[] attributes)
    {
        var item = Key(pk, sk);
        foreach (var (name, value) in attributes)
        {
            item[name] = value;
        }

        return item;
    }

    private static async Task Put(IDynamoExecutor executor, string table, params Dictionary<string, AttributeValue>[] items)
    {
        foreach (var item in items)
        {
            await executor.PutItemAsync(new PutItemRequest { TableName = table, Item = item }, default);
        }
    }

    private static QueryRequest KeyQuery(string table, string? filter, int? limit = null, bool forward = true, Dictionary<string, AttributeValue>? start = null) => new()
    {
        TableName = table,
        KeyConditionExpression = "#pk = :p",
        FilterExpression = filter,
        ExpressionAttributeNames = new() { ["#pk"] = "pk" },
        ExpressionAttributeValues = new() { [":p"] = S("p") },
        Limit = limit,
        ScanIndexForward = forward ? null : false,
        ExclusiveStartKey = start,
    };

    private static async Task<string> Query(IDynamoExecutor executor, string table, string? filter, params (string Placeholder, object Value)[] placeholders)
    {
        var request = KeyQuery(table, filter);
        foreach (var (placeholder, value) in placeholders)
        {
            if (value is string name)
            {
                request.ExpressionAttributeNames[placeholder] = name;
            }
            else
            {
                request.ExpressionAttributeValues[placeholder] = (AttributeValue)value;
            }
        }

        var response = await executor.QueryAsync(request, default);
        return Describe(response.Items, response.Count, response.ScannedCount, response.LastEvaluatedKey);
    }

    private static TransactWriteItemsRequest Transaction(string table, params string[] sortKeys) => new()
    {
        TransactItems = [.. sortKeys.Select(sk => new TransactWriteItem
        {
            Put = new Put
            {
                TableName = table,
                Item = Item("p", sk, ("a", S("t"))),
                ConditionExpression = "attribute_not_exists(#pk)",
                ExpressionAttributeNames = new() { ["#pk"] = "pk" },
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            },
        })],
    };

    private static string Describe(List<Dictionary<string, AttributeValue>>? items, int? count, int? scanned, Dictionary<string, AttributeValue>? lastKey)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"count {count} scanned {scanned} items [");
        foreach (var item in items ?? [])
        {
            text.Append('{').AppendJoin(',', item.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + Value(a.Value))).Append('}');
        }

        text.Append("] last ").Append(lastKey is { Count: > 0 } ? string.Join(',', lastKey.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Key + "=" + Value(k.Value))) : "none");
        return text.ToString();
    }

    private static string Value(AttributeValue value) =>
        value.S ?? value.N ?? (value.SS is not null ? "SS(" + string.Join(',', value.SS.Order(StringComparer.Ordinal)) + ")"
        : value.L is not null ? "L(" + string.Join(',', value.L.Select(Value)) + ")"
        : "?");
}
