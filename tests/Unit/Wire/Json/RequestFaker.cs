using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Bogus;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// Random requests of the nine operations (fixed seed), each member of the SDK model set or not at random, the
/// legacy condition parameters included, collections sometimes empty (sent as empty when the caller assigned them).
/// </summary>
internal sealed class RequestFaker(int seed)
{
    private readonly AttributeValueFaker _values = new(seed);

    private Faker F => _values.Faker;

    public GetItemRequest Get() => new()
    {
        TableName = Maybe(Table),
        Key = Maybe(Key),
        AttributesToGet = Maybe(Strings),
        ConsistentRead = MaybeBool(),
        ExpressionAttributeNames = Maybe(Names),
        ProjectionExpression = Maybe(Expression),
        ReturnConsumedCapacity = Maybe(Capacity),
    };

    public QueryRequest Query() => new()
    {
        TableName = Maybe(Table),
        IndexName = Maybe(Table),
        AttributesToGet = Maybe(Strings),
        ConditionalOperator = Maybe(Operator),
        ConsistentRead = MaybeBool(),
        ExclusiveStartKey = Maybe(Key),
        ExpressionAttributeNames = Maybe(Names),
        ExpressionAttributeValues = Maybe(Values),
        FilterExpression = Maybe(Expression),
        KeyConditionExpression = Maybe(Expression),
        KeyConditions = Maybe(Conditions),
        Limit = MaybeInt(),
        ProjectionExpression = Maybe(Expression),
        QueryFilter = Maybe(Conditions),
        ReturnConsumedCapacity = Maybe(Capacity),
        ScanIndexForward = MaybeBool(),
        Select = Maybe(() => F.PickRandom(Select.ALL_ATTRIBUTES, Select.COUNT, Select.SPECIFIC_ATTRIBUTES, Select.ALL_PROJECTED_ATTRIBUTES)),
    };

    public ScanRequest Scan() => new()
    {
        TableName = Maybe(Table),
        IndexName = Maybe(Table),
        AttributesToGet = Maybe(Strings),
        ConditionalOperator = Maybe(Operator),
        ConsistentRead = MaybeBool(),
        ExclusiveStartKey = Maybe(Key),
        ExpressionAttributeNames = Maybe(Names),
        ExpressionAttributeValues = Maybe(Values),
        FilterExpression = Maybe(Expression),
        Limit = MaybeInt(),
        ProjectionExpression = Maybe(Expression),
        ReturnConsumedCapacity = Maybe(Capacity),
        ScanFilter = Maybe(Conditions),
        Segment = MaybeInt(),
        Select = Maybe(() => F.PickRandom(Select.ALL_ATTRIBUTES, Select.COUNT)),
        TotalSegments = MaybeInt(),
    };

    public BatchGetItemRequest BatchGet() => new()
    {
        RequestItems = Maybe(() => Map(() => new KeysAndAttributes
        {
            Keys = Maybe(() => Many(Key)),
            AttributesToGet = Maybe(Strings),
            ConsistentRead = MaybeBool(),
            ExpressionAttributeNames = Maybe(Names),
            ProjectionExpression = Maybe(Expression),
        })),
        ReturnConsumedCapacity = Maybe(Capacity),
    };

    public PutItemRequest Put() => new()
    {
        TableName = Maybe(Table),
        Item = Maybe(() => _values.Item(3)),
        ConditionExpression = Maybe(Expression),
        ConditionalOperator = Maybe(Operator),
        Expected = Maybe(Expected),
        ExpressionAttributeNames = Maybe(Names),
        ExpressionAttributeValues = Maybe(Values),
        ReturnConsumedCapacity = Maybe(Capacity),
        ReturnItemCollectionMetrics = Maybe(Metrics),
        ReturnValues = Maybe(Returns),
        ReturnValuesOnConditionCheckFailure = Maybe(OnFailure),
    };

    public UpdateItemRequest Update() => new()
    {
        TableName = Maybe(Table),
        Key = Maybe(Key),
        AttributeUpdates = Maybe(() => Map(() => new AttributeValueUpdate
        {
            Action = Maybe(() => F.PickRandom(AttributeAction.PUT, AttributeAction.ADD, AttributeAction.DELETE)),
            Value = Maybe(() => _values.Value(2)),
        })),
        ConditionExpression = Maybe(Expression),
        ConditionalOperator = Maybe(Operator),
        Expected = Maybe(Expected),
        ExpressionAttributeNames = Maybe(Names),
        ExpressionAttributeValues = Maybe(Values),
        ReturnConsumedCapacity = Maybe(Capacity),
        ReturnItemCollectionMetrics = Maybe(Metrics),
        ReturnValues = Maybe(Returns),
        ReturnValuesOnConditionCheckFailure = Maybe(OnFailure),
        UpdateExpression = Maybe(Expression),
    };

    public DeleteItemRequest Delete() => new()
    {
        TableName = Maybe(Table),
        Key = Maybe(Key),
        ConditionExpression = Maybe(Expression),
        ConditionalOperator = Maybe(Operator),
        Expected = Maybe(Expected),
        ExpressionAttributeNames = Maybe(Names),
        ExpressionAttributeValues = Maybe(Values),
        ReturnConsumedCapacity = Maybe(Capacity),
        ReturnItemCollectionMetrics = Maybe(Metrics),
        ReturnValues = Maybe(Returns),
        ReturnValuesOnConditionCheckFailure = Maybe(OnFailure),
    };

    public TransactWriteItemsRequest TransactWrite() => new()
    {
        // Always set: the SDK makes up a random token when there is none (pinned by its own test).
        ClientRequestToken = F.Random.Guid().ToString("N"),
        ReturnConsumedCapacity = Maybe(Capacity),
        ReturnItemCollectionMetrics = Maybe(Metrics),
        TransactItems = Maybe(() => Many(() => new TransactWriteItem
        {
            ConditionCheck = Maybe(() => new ConditionCheck
            {
                TableName = Maybe(Table), Key = Maybe(Key), ConditionExpression = Maybe(Expression), ExpressionAttributeNames = Maybe(Names),
                ExpressionAttributeValues = Maybe(Values), ReturnValuesOnConditionCheckFailure = Maybe(OnFailure),
            }),
            Delete = Maybe(() => new Delete
            {
                TableName = Maybe(Table), Key = Maybe(Key), ConditionExpression = Maybe(Expression), ExpressionAttributeNames = Maybe(Names),
                ExpressionAttributeValues = Maybe(Values), ReturnValuesOnConditionCheckFailure = Maybe(OnFailure),
            }),
            Put = Maybe(() => new Put
            {
                TableName = Maybe(Table), Item = Maybe(() => _values.Item(2)), ConditionExpression = Maybe(Expression), ExpressionAttributeNames = Maybe(Names),
                ExpressionAttributeValues = Maybe(Values), ReturnValuesOnConditionCheckFailure = Maybe(OnFailure),
            }),
            Update = Maybe(() => new Update
            {
                TableName = Maybe(Table), Key = Maybe(Key), ConditionExpression = Maybe(Expression), ExpressionAttributeNames = Maybe(Names),
                ExpressionAttributeValues = Maybe(Values), ReturnValuesOnConditionCheckFailure = Maybe(OnFailure), UpdateExpression = Maybe(Expression),
            }),
        })),
    };

    public BatchWriteItemRequest BatchWrite() => new()
    {
        RequestItems = Maybe(() => Map(() => Many(() => new WriteRequest
        {
            PutRequest = Maybe(() => new PutRequest { Item = Maybe(() => _values.Item(2)) }),
            DeleteRequest = Maybe(() => new DeleteRequest { Key = Maybe(Key) }),
        }))),
        ReturnConsumedCapacity = Maybe(Capacity),
        ReturnItemCollectionMetrics = Maybe(Metrics),
    };

    private T? Maybe<T>(Func<T> make)
        where T : class => F.Random.Bool() ? make() : null;

    private bool? MaybeBool() => F.Random.Bool() ? F.Random.Bool() : null;

    private int? MaybeInt() => F.Random.Bool() ? F.Random.Int(0, 1000) : null;

    private string Table() => F.Random.Int(0, 9) == 0 ? _values.Name() : F.Database.Engine() + "-" + F.Random.AlphaNumeric(5);

    private string Expression() => $"#{F.Random.AlphaNumeric(3)} = :{F.Random.AlphaNumeric(3)} AND {_values.Text()}";

    private Dictionary<string, AttributeValue> Key() => F.Random.Int(0, 9) == 0 ? [] : _values.Item(0, 2);

    private Dictionary<string, AttributeValue> Values() => F.Random.Int(0, 9) == 0 ? [] : _values.Item(2, 4);

    private Dictionary<string, string> Names() => F.Random.Int(0, 9) == 0 ? [] : Map(_values.Text);

    private List<string> Strings() => F.Random.Int(0, 9) == 0 ? [] : Many(_values.Name);

    private Dictionary<string, Condition> Conditions() => Map(() => new Condition
    {
        AttributeValueList = Maybe(() => Many(() => _values.Value(1))),
        ComparisonOperator = Maybe(() => F.PickRandom(ComparisonOperator.EQ, ComparisonOperator.BEGINS_WITH, ComparisonOperator.BETWEEN)),
    });

    private Dictionary<string, ExpectedAttributeValue> Expected() => Map(() => new ExpectedAttributeValue
    {
        AttributeValueList = Maybe(() => Many(() => _values.Value(1))),
        ComparisonOperator = Maybe(() => F.PickRandom(ComparisonOperator.EQ, ComparisonOperator.NOT_NULL)),
        Exists = MaybeBool(),
        Value = Maybe(() => _values.Value(1)),
    });

    private ReturnConsumedCapacity Capacity() => F.PickRandom(ReturnConsumedCapacity.INDEXES, ReturnConsumedCapacity.TOTAL, ReturnConsumedCapacity.NONE);

    private ConditionalOperator Operator() => F.PickRandom(ConditionalOperator.AND, ConditionalOperator.OR);

    private ReturnItemCollectionMetrics Metrics() => F.PickRandom(ReturnItemCollectionMetrics.SIZE, ReturnItemCollectionMetrics.NONE);

    private ReturnValue Returns() => F.PickRandom(ReturnValue.ALL_NEW, ReturnValue.ALL_OLD, ReturnValue.NONE, ReturnValue.UPDATED_NEW, ReturnValue.UPDATED_OLD);

    private ReturnValuesOnConditionCheckFailure OnFailure() => F.PickRandom(ReturnValuesOnConditionCheckFailure.ALL_OLD, ReturnValuesOnConditionCheckFailure.NONE);

    private Dictionary<string, T> Map<T>(Func<T> make)
    {
        var map = new Dictionary<string, T>();
        var count = F.Random.Int(1, 3);
        for (var i = 0; i < count; i++)
        {
            map[_values.Name() + i] = make();
        }

        return map;
    }

    private List<T> Many<T>(Func<T> make)
    {
        var count = F.Random.Int(1, 3);
        var list = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(make());
        }

        return list;
    }
}
