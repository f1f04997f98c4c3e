using System.Reflection;
using Amazon.DynamoDBv2.Model;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// Contract: the members of the SDK model types the wire JSON writes and reads, pinned. An SDK upgrade that adds a
/// member fails here, so the writer or reader learns it instead of silently dropping it.
/// </summary>
public sealed class SdkModelSurfaceTests
{
    private static readonly Dictionary<Type, string> Pinned = new()
    {
        [typeof(GetItemRequest)] = "AttributesToGet ConsistentRead ExpressionAttributeNames Key ProjectionExpression ReturnConsumedCapacity TableName",
        [typeof(QueryRequest)] = "AttributesToGet ConditionalOperator ConsistentRead ExclusiveStartKey ExpressionAttributeNames ExpressionAttributeValues FilterExpression IndexName IsLimitSet KeyConditionExpression KeyConditions Limit ProjectionExpression QueryFilter ReturnConsumedCapacity ScanIndexForward Select TableName",
        [typeof(ScanRequest)] = "AttributesToGet ConditionalOperator ConsistentRead ExclusiveStartKey ExpressionAttributeNames ExpressionAttributeValues FilterExpression IndexName IsLimitSet IsSegmentSet IsTotalSegmentsSet Limit ProjectionExpression ReturnConsumedCapacity ScanFilter Segment Select TableName TotalSegments",
        [typeof(BatchGetItemRequest)] = "RequestItems ReturnConsumedCapacity",
        [typeof(PutItemRequest)] = "ConditionExpression ConditionalOperator Expected ExpressionAttributeNames ExpressionAttributeValues Item ReturnConsumedCapacity ReturnItemCollectionMetrics ReturnValues ReturnValuesOnConditionCheckFailure TableName",
        [typeof(UpdateItemRequest)] = "AttributeUpdates ConditionExpression ConditionalOperator Expected ExpressionAttributeNames ExpressionAttributeValues Key ReturnConsumedCapacity ReturnItemCollectionMetrics ReturnValues ReturnValuesOnConditionCheckFailure TableName UpdateExpression",
        [typeof(DeleteItemRequest)] = "ConditionExpression ConditionalOperator Expected ExpressionAttributeNames ExpressionAttributeValues Key ReturnConsumedCapacity ReturnItemCollectionMetrics ReturnValues ReturnValuesOnConditionCheckFailure TableName",
        [typeof(TransactWriteItemsRequest)] = "ClientRequestToken ReturnConsumedCapacity ReturnItemCollectionMetrics TransactItems",
        [typeof(BatchWriteItemRequest)] = "RequestItems ReturnConsumedCapacity ReturnItemCollectionMetrics",
        [typeof(KeysAndAttributes)] = "AttributesToGet ConsistentRead ExpressionAttributeNames Keys ProjectionExpression",
        [typeof(WriteRequest)] = "DeleteRequest PutRequest",
        [typeof(PutRequest)] = "Item",
        [typeof(DeleteRequest)] = "Key",
        [typeof(TransactWriteItem)] = "ConditionCheck Delete Put Update",
        [typeof(ConditionCheck)] = "ConditionExpression ExpressionAttributeNames ExpressionAttributeValues Key ReturnValuesOnConditionCheckFailure TableName",
        [typeof(Put)] = "ConditionExpression ExpressionAttributeNames ExpressionAttributeValues Item ReturnValuesOnConditionCheckFailure TableName",
        [typeof(Delete)] = "ConditionExpression ExpressionAttributeNames ExpressionAttributeValues Key ReturnValuesOnConditionCheckFailure TableName",
        [typeof(Update)] = "ConditionExpression ExpressionAttributeNames ExpressionAttributeValues Key ReturnValuesOnConditionCheckFailure TableName UpdateExpression",
        [typeof(Condition)] = "AttributeValueList ComparisonOperator",
        [typeof(ExpectedAttributeValue)] = "AttributeValueList ComparisonOperator Exists Value",
        [typeof(AttributeValueUpdate)] = "Action Value",
        [typeof(AttributeValue)] = "B BOOL BS IsBOOLSet IsBSSet IsLSet IsMSet IsNSSet IsSSSet L M N NS NULL S SS",
        [typeof(GetItemResponse)] = "ConsumedCapacity IsItemSet Item",
        [typeof(QueryResponse)] = "ConsumedCapacity Count Items LastEvaluatedKey ScannedCount",
        [typeof(ScanResponse)] = "ConsumedCapacity Count Items LastEvaluatedKey ScannedCount",
        [typeof(BatchGetItemResponse)] = "ConsumedCapacity Responses UnprocessedKeys",
        [typeof(PutItemResponse)] = "Attributes ConsumedCapacity ItemCollectionMetrics",
        [typeof(UpdateItemResponse)] = "Attributes ConsumedCapacity ItemCollectionMetrics",
        [typeof(DeleteItemResponse)] = "Attributes ConsumedCapacity ItemCollectionMetrics",
        [typeof(TransactWriteItemsResponse)] = "ConsumedCapacity ItemCollectionMetrics",
        [typeof(BatchWriteItemResponse)] = "ConsumedCapacity ItemCollectionMetrics UnprocessedItems",
        [typeof(ConsumedCapacity)] = "CapacityUnits GlobalSecondaryIndexes LocalSecondaryIndexes ReadCapacityUnits Table TableName VectorIndexes WriteCapacityUnits",
        [typeof(Capacity)] = "CapacityUnits ReadCapacityUnits WriteCapacityUnits",
        [typeof(VectorCapacity)] = "VectorSearchRequestBytes VectorWriteRequestBytes",
        [typeof(ItemCollectionMetrics)] = "ItemCollectionKey SizeEstimateRangeGB",
    };

    public static TheoryData<string> Types => [.. Pinned.Keys.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Types))]
    public void SdkModel_HasTheMembersTheWireJsonKnows(string typeName)
    {
        var type = Pinned.Keys.Single(t => t.Name == typeName);

        var members = string.Join(" ", type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name).Order(StringComparer.Ordinal));

        Assert.True(
            members == Pinned[type],
            $"AWSSDK.DynamoDBv2 changed the members of {type.Name}: now [{members}], the wire JSON knows [{Pinned[type]}]. " +
            "Write or read the new member in Wire/Json (WireRequestWriter / WireResponseReader), then update this list.");
    }
}
