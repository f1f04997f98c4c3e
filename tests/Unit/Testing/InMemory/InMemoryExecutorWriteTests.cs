using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static Dynamo.Repositories.UnitTests.Testing.InMemory.Av;

namespace Dynamo.Repositories.UnitTests.Testing.InMemory;

public sealed class InMemoryExecutorWriteTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly InMemoryExecutor _executor;

    public InMemoryExecutorWriteTests() => _executor = Av.Executor(_time);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PutItemAsync_ThrowsConditionalCheckFailed_WithTheStoredItemOnlyWhenAskedFor()
    {
        await _executor.PutItemAsync(new PutItemRequest { TableName = "K", Item = Item(("id", N("1")), ("v", S("a"))) }, Token);

        var withItem = await Assert.ThrowsAsync<ConditionalCheckFailedException>(() => _executor.PutItemAsync(AddIfAbsent(ReturnValuesOnConditionCheckFailure.ALL_OLD), Token));
        var without = await Assert.ThrowsAsync<ConditionalCheckFailedException>(() => _executor.PutItemAsync(AddIfAbsent(null), Token));

        Assert.Equal(("The conditional request failed", "ConditionalCheckFailedException"), (withItem.Message, withItem.ErrorCode));
        Assert.Equal("a", withItem.Item["v"].S);
        Assert.Null(without.Item);
        Assert.Equal("a", _executor.Items("K").Single()["v"].S);
    }

    [Fact]
    public async Task UpdateItemAsync_CreatesTheItem_AndRefusesAKeyAttribute()
    {
        await _executor.UpdateItemAsync(Update("SET #n0 = :v0", Names("v"), Values(S("b"))), Token);

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => _executor.UpdateItemAsync(Update("SET #n0 = :v0", Names("id"), Values(N("2"))), Token));

        Assert.Equal("b", _executor.Items("K").Single()["v"].S);
        Assert.Contains("Cannot update attribute id. This attribute is part of the key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateItemAsync_ReturnsTheChangedAttributes_WhenUpdatedNewOrOldIsAsked()
    {
        await _executor.PutItemAsync(new PutItemRequest { TableName = "K", Item = Item(("id", N("1")), ("hi", N("10")), ("v", S("a"))) }, Token);
        var request = Update("ADD #n0 :v0", Names("hi"), Values(N("5")));

        request.ReturnValues = ReturnValue.UPDATED_NEW;
        var updatedNew = await _executor.UpdateItemAsync(request, Token);
        request.ReturnValues = ReturnValue.UPDATED_OLD;
        var updatedOld = await _executor.UpdateItemAsync(request, Token);

        Assert.Equal(("hi", "15"), (Assert.Single(updatedNew.Attributes).Key, updatedNew.Attributes["hi"].N));
        Assert.Equal("15", Assert.Single(updatedOld.Attributes).Value.N);
    }

    [Fact]
    public async Task TransactWriteItemsAsync_AppliesNothing_AndGivesReasonsInActionOrder_WhenAConditionFails()
    {
        await _executor.PutItemAsync(new PutItemRequest { TableName = "K", Item = Item(("id", N("2")), ("v", S("stored"))) }, Token);
        var request = Transaction(("1", "new"), ("2", "new"));

        var error = await Assert.ThrowsAsync<TransactionCanceledException>(() => _executor.TransactWriteItemsAsync(request, Token));

        Assert.Equal(["None", "ConditionalCheckFailed"], error.CancellationReasons.Select(r => r.Code));
        Assert.Equal("stored", error.CancellationReasons[1].Item["v"].S);
        Assert.Equal("Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]", error.Message);
        Assert.Single(_executor.Items("K"));
    }

    [Fact]
    public async Task TransactWriteItemsAsync_ThrowsValidationException_WhenAnItemIsWrittenTwice()
    {
        var request = Transaction(("1", "a"), ("1.0", "b"));

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => _executor.TransactWriteItemsAsync(request, Token));

        Assert.Equal(("ValidationException", "Transaction request cannot include multiple operations on one item"), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task TransactWriteItemsAsync_DoesNotApplyTwice_WhenRetriedWithTheSameTokenAndPayload()
    {
        var request = Transaction(("1", "a"), ("2", "b"));
        request.ClientRequestToken = "token-1";
        await _executor.TransactWriteItemsAsync(request, Token);

        // The conditions (key absent) would now fail: the retry succeeds because it is recognised, not re-applied.
        await _executor.TransactWriteItemsAsync(request, Token);

        Assert.Equal(2, _executor.Items("K").Count);
    }

    [Fact]
    public async Task TransactWriteItemsAsync_ThrowsIdempotentParameterMismatch_WhenTheTokenIsReusedWithAnotherPayload()
    {
        var first = Transaction(("1", "a"), ("2", "b"));
        first.ClientRequestToken = "token-1";
        await _executor.TransactWriteItemsAsync(first, Token);
        var changed = Transaction(("1", "a"), ("2", "changed"));
        changed.ClientRequestToken = "token-1";

        await Assert.ThrowsAsync<IdempotentParameterMismatchException>(() => _executor.TransactWriteItemsAsync(changed, Token));
        Assert.Equal("b", _executor.Items("K")[1]["v"].S);
    }

    [Fact]
    public async Task TransactWriteItemsAsync_EvaluatesAgain_WhenTheTokenIsOlderThanTenMinutes()
    {
        var request = Transaction(("1", "a"), ("2", "b"));
        request.ClientRequestToken = "token-1";
        await _executor.TransactWriteItemsAsync(request, Token);

        _time.Advance(InMemoryExecutor.TokenWindow);

        await Assert.ThrowsAsync<TransactionCanceledException>(() => _executor.TransactWriteItemsAsync(request, Token));
    }

    [Fact]
    public async Task BatchWriteItemAsync_PutsAndDeletes_AndBatchGetItemAsync_ReadsThem()
    {
        await _executor.PutItemAsync(new PutItemRequest { TableName = "K", Item = Item(("id", N("9"))) }, Token);
        var write = new BatchWriteItemRequest
        {
            RequestItems = new()
            {
                ["K"] =
                [
                    new WriteRequest { PutRequest = new PutRequest { Item = Item(("id", N("1")), ("v", S("a"))) } },
                    new WriteRequest { DeleteRequest = new DeleteRequest { Key = Item(("id", N("9"))) } },
                ],
            },
        };

        var written = await _executor.BatchWriteItemAsync(write, Token);
        var read = await _executor.BatchGetItemAsync(
            new BatchGetItemRequest { RequestItems = new() { ["K"] = new KeysAndAttributes { Keys = [Item(("id", N("1"))), Item(("id", N("9")))] } } },
            Token);

        Assert.Empty(written.UnprocessedItems);
        Assert.Equal("a", Assert.Single(read.Responses["K"])["v"].S);
        Assert.Empty(read.UnprocessedKeys);
    }

    [Fact]
    public async Task PutItemAsync_StoresNumbersInCanonicalForm_AndRefusesAMissingKey()
    {
        await _executor.PutItemAsync(new PutItemRequest { TableName = "K", Item = Item(("id", N("01.50")), ("n", N("2.500"))) }, Token);

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => _executor.PutItemAsync(new PutItemRequest { TableName = "K", Item = Item(("v", S("x"))) }, Token));

        Assert.Equal(("1.5", "2.5"), (_executor.Items("K")[0]["id"].N, _executor.Items("K")[0]["n"].N));
        Assert.Equal("One of the required keys was not given a value", error.Message);
    }

    private static PutItemRequest AddIfAbsent(ReturnValuesOnConditionCheckFailure? onFailure) => new()
    {
        TableName = "K",
        Item = Item(("id", N("1")), ("v", S("b"))),
        ConditionExpression = "attribute_not_exists(#n0)",
        ExpressionAttributeNames = Names("id"),
        ReturnValuesOnConditionCheckFailure = onFailure,
    };

    private static UpdateItemRequest Update(string expression, Dictionary<string, string> names, Dictionary<string, AttributeValue> values) =>
        new() { TableName = "K", Key = Item(("id", N("1"))), UpdateExpression = expression, ExpressionAttributeNames = names, ExpressionAttributeValues = values };

    private static TransactWriteItemsRequest Transaction(params (string Id, string Value)[] puts) => new()
    {
        TransactItems = [.. puts.Select(p => new TransactWriteItem
        {
            Put = new Put
            {
                TableName = "K",
                Item = Item(("id", N(p.Id)), ("v", S(p.Value))),
                ConditionExpression = "attribute_not_exists(#n0)",
                ExpressionAttributeNames = Names("id"),
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            },
        })],
    };
}
