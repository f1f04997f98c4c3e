using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>The one table of write request parts, and the seven SDK shapes filled from it.</summary>
public sealed class WriteRequestPartsTests
{
    private static readonly string[] Common =
        ["TableName", "ConditionExpression", "ExpressionAttributeNames", "ExpressionAttributeValues", "ReturnValuesOnConditionCheckFailure"];

    [Theory]
    [InlineData(typeof(PutItemRequest), "Item")]
    [InlineData(typeof(Put), "Item")]
    [InlineData(typeof(UpdateItemRequest), "Key", "UpdateExpression")]
    [InlineData(typeof(Update), "Key", "UpdateExpression")]
    [InlineData(typeof(DeleteItemRequest), "Key")]
    [InlineData(typeof(Delete), "Key")]
    [InlineData(typeof(ConditionCheck), "Key")]
    public void PartsOf_ListsTheCommonPartsAndOnlyTheOperationsOwn_ForEachSdkShape(Type shape, params string[] own)
    {
        var parts = WriteRequestParts.PartsOf(shape);

        Assert.Equal(Common.Concat(own).Order(StringComparer.Ordinal), parts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fill_Throws_WhenTheShapeIsNotAConditionalWrite()
    {
        var error = Assert.Throws<TypeInitializationException>(() => WriteRequestParts.Fill(new GetItemRequest(), null!));

        Assert.Contains("GetItemRequest has no writable ConditionExpression", error.InnerException!.Message, StringComparison.Ordinal);
    }
}
