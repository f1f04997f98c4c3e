using System.Net;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Dynamo.Repositories.Execution;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire;

public sealed class WireExecutorTests
{
    private static readonly GetItemRequest Get = new()
    {
        TableName = "orders",
        Key = new() { ["pk"] = new AttributeValue { S = "c-1" }, ["sk"] = new AttributeValue { N = "7" } },
        ConsistentRead = true,
    };

    private static PutItemRequest Put => new()
    {
        TableName = "orders",
        Item = new() { ["pk"] = new AttributeValue { S = "c-1" } },
        ConditionExpression = "attribute_not_exists(pk)",
    };

    [Fact]
    public async Task GetItemAsync_PostsTheSignedSdkBody_AndParsesTheItem()
    {
        using var handler = new StubDynamoHandler().Reply(HttpStatusCode.OK, """{"Item":{"pk":{"S":"c-1"},"total":{"N":"12.5"}}}""");
        using var executor = WireTestClients.Executor(handler);

        var response = await executor.GetItemAsync(Get, TestContext.Current.CancellationToken);

        Assert.Equal("12.5", response.Item["total"].N);
        var (request, body) = Assert.Single(handler.Received);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("http://dynamo.test:8000/"), request.RequestUri);
        Assert.Equal("DynamoDB_20120810.GetItem", Assert.Single(request.Headers.GetValues("X-Amz-Target")));
        Assert.Equal("application/x-amz-json-1.0", request.Content!.Headers.ContentType!.ToString());
        Assert.StartsWith($"AWS4-HMAC-SHA256 Credential={WireTestClients.AccessKey}/", Assert.Single(request.Headers.GetValues("Authorization")), StringComparison.Ordinal);
        Assert.Contains("/eu-west-1/dynamodb/aws4_request", Assert.Single(request.Headers.GetValues("Authorization")), StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(SdkWireCodecTests.Body(GetItemRequestMarshaller.Instance.Marshall(Get))), body);
    }

    [Fact]
    public async Task GetItemAsync_SendsTheSessionToken_WhenTheCredentialsHaveOne()
    {
        using var handler = new StubDynamoHandler();
        using var executor = WireTestClients.Executor(handler, credentials: new SessionAWSCredentials("AKIDWIRETEST", "secret", "the-token"));

        await executor.GetItemAsync(Get, TestContext.Current.CancellationToken);

        var request = Assert.Single(handler.Received).Request;
        Assert.Equal("the-token", Assert.Single(request.Headers.GetValues("X-Amz-Security-Token")));
        Assert.Contains("x-amz-security-token", Assert.Single(request.Headers.GetValues("Authorization")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutItemAsync_RaisesTheSdkConditionalCheckFailed_WithTheItem()
    {
        using var handler = new StubDynamoHandler().Error(HttpStatusCode.BadRequest, "ConditionalCheckFailedException", "\"Item\":{\"pk\":{\"S\":\"c-1\"}},");
        using var executor = WireTestClients.Executor(handler, maxErrorRetry: 3);

        var failure = await Assert.ThrowsAsync<ConditionalCheckFailedException>(() => executor.PutItemAsync(Put, TestContext.Current.CancellationToken));

        Assert.Equal("c-1", failure.Item["pk"].S);
        Assert.Equal("ConditionalCheckFailedException", failure.ErrorCode);
        Assert.Equal("stub-request-id", failure.RequestId);
        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
        Assert.Single(handler.Received);
    }

    [Fact]
    public async Task TransactWriteItemsAsync_RaisesTransactionCanceled_WithItsReasons_AndDoesNotRetryIt()
    {
        using var handler = new StubDynamoHandler().Error(
            HttpStatusCode.BadRequest, "TransactionCanceledException", "\"CancellationReasons\":[{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"failed\"}],");
        using var executor = WireTestClients.Executor(handler, maxErrorRetry: 3);

        var failure = await Assert.ThrowsAsync<TransactionCanceledException>(
            () => executor.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = [new() { Put = new() { TableName = "t", Item = Put.Item } }] }, TestContext.Current.CancellationToken));

        Assert.Equal(["None", "ConditionalCheckFailed"], failure.CancellationReasons.Select(r => r.Code));
        Assert.Single(handler.Received);
    }

    [Fact]
    public async Task GetItemAsync_RetriesThrottling_MaxErrorRetryTimes_ThenRaisesIt()
    {
        using var handler = new StubDynamoHandler().Error(HttpStatusCode.BadRequest, "ProvisionedThroughputExceededException");
        using var executor = WireTestClients.Executor(handler, maxErrorRetry: 3);

        await Assert.ThrowsAsync<ProvisionedThroughputExceededException>(() => executor.GetItemAsync(Get, TestContext.Current.CancellationToken));

        Assert.Equal(4, handler.Received.Count);
    }

    [Fact]
    public async Task GetItemAsync_RetriesServerErrors_AndReturnsTheFirstSuccess()
    {
        using var handler = new StubDynamoHandler()
            .Error(HttpStatusCode.InternalServerError, "InternalServerError")
            .Reply(HttpStatusCode.OK, """{"Item":{"pk":{"S":"c-1"}}}""");
        using var executor = WireTestClients.Executor(handler, maxErrorRetry: 3);

        var response = await executor.GetItemAsync(Get, TestContext.Current.CancellationToken);

        Assert.Equal("c-1", response.Item["pk"].S);
        Assert.Equal(2, handler.Received.Count);
    }

    [Fact]
    public async Task TransactWriteItemsAsync_LeavesTransactionConflicts_ToTheLibrary()
    {
        using var handler = new StubDynamoHandler().Error(HttpStatusCode.BadRequest, "TransactionConflictException");
        using var executor = WireTestClients.Executor(handler, maxErrorRetry: 3);

        var failure = await Assert.ThrowsAsync<AmazonDynamoDBException>(
            () => executor.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = [new() { Put = new() { TableName = "t", Item = Put.Item } }] }, TestContext.Current.CancellationToken));

        Assert.Equal("TransactionConflictException", failure.ErrorCode);
        Assert.Single(handler.Received);
    }

    [Fact]
    public async Task PutItemAsync_SaysItMayHaveBeenApplied_WhenItFailsAfterAResend()
    {
        using var handler = new StubDynamoHandler()
            .Error(HttpStatusCode.InternalServerError, "InternalServerError")
            .Error(HttpStatusCode.BadRequest, "ConditionalCheckFailedException");
        using var executor = WireTestClients.Executor(handler, maxErrorRetry: 3);

        var failure = await Assert.ThrowsAsync<ConditionalCheckFailedException>(() => executor.PutItemAsync(Put, TestContext.Current.CancellationToken));

        Assert.Equal(2, SdkResends.Attempts(failure));
        Assert.Equal(2, handler.Received.Count);
    }

    [Fact]
    public async Task GetItemAsync_RejectsACorruptedBody_AndResendsIt()
    {
        using var handler = new StubDynamoHandler()
            .Reply(HttpStatusCode.OK, """{"Item":{"pk":{"S":"c-1"}}}""", corruptCrc: true)
            .Reply(HttpStatusCode.OK, """{"Item":{"pk":{"S":"c-2"}}}""");
        using var executor = WireTestClients.Executor(handler, maxErrorRetry: 1);

        var response = await executor.GetItemAsync(Get, TestContext.Current.CancellationToken);

        Assert.Equal("c-2", response.Item["pk"].S);
        Assert.Equal(2, handler.Received.Count);
    }

    [Fact]
    public async Task GetItemAsync_RaisesACrcMismatch_AsATransportFailure_WhenNoRetryIsLeft()
    {
        using var handler = new StubDynamoHandler().Reply(HttpStatusCode.OK, "{}", corruptCrc: true);
        using var executor = WireTestClients.Executor(handler);

        var failure = await Assert.ThrowsAsync<AmazonClientException>(() => executor.GetItemAsync(Get, TestContext.Current.CancellationToken));

        Assert.IsType<IOException>(failure.InnerException);
        Assert.True(Dynamo.Repositories.Resilience.FailureClassifier.IsAmbiguous(failure));
    }

    [Fact]
    public async Task GetItemAsync_DoesNotRetry_WhenTheCallerCancels()
    {
        using var handler = new StubDynamoHandler().Error(HttpStatusCode.InternalServerError, "InternalServerError");
        using var executor = WireTestClients.Executor(handler, maxErrorRetry: 3);
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executor.GetItemAsync(Get, canceled.Token));

        Assert.Empty(handler.Received);
    }
}
