using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>AWS failures of reads become <see cref="ReadFailedException"/>s that name the entity, table, index and what to do.</summary>
public sealed class ReadFailureTests
{
    private readonly RepositoryHarness _harness = new(allowScans: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_ThrowsReadFailedNamingTableAndKey_WhenTheTableDoesNotExist()
    {
        var aws = new ResourceNotFoundException("Requested resource not found");
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(aws);

        var error = await Assert.ThrowsAsync<ReadFailedException>(() => _harness.Orders.GetAsync("c-1", "o-7", Ct));

        Assert.Equal(typeof(Order), error.EntityType);
        Assert.Equal("(c-1, o-7)", error.Key);
        Assert.Equal("test-Orders", error.TableName);
        Assert.Null(error.IndexName);
        Assert.False(error.IsTransient);
        Assert.Same(aws, error.InnerException);
        Assert.Equal(
            "The GetItem of Order (c-1, o-7) on table 'test-Orders' failed: the table does not exist. Create the tables (IDynamoTableManager, or CreateTablesOnStartup) or check the TablePrefix and TableSuffix options.",
            error.Message);
    }

    [Theory]
    [MemberData(nameof(Throttling))]
    public async Task GetAsync_ThrowsTransientReadFailed_WhenThrottledAfterTheSdkRetries(Exception aws)
    {
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(aws);

        var error = await Assert.ThrowsAsync<ReadFailedException>(() => _harness.Customers.GetAsync("cust-1", Ct));

        Assert.True(error.IsTransient);
        Assert.Equal("(cust-1)", error.Key);
        Assert.Contains("throttled", error.Message, StringComparison.Ordinal);
        Assert.Contains("raise the table's read capacity", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<Exception> Throttling() =>
    [
        new ProvisionedThroughputExceededException("rate exceeded"),
        new RequestLimitExceededException("wallet limit"),
        new AmazonDynamoDBException("slow down") { ErrorCode = "ThrottlingException", StatusCode = HttpStatusCode.BadRequest },
    ];

    [Fact]
    public async Task ListAsync_ThrowsReadFailedNamingTheIndex_WhenTheTableHasNoSuchIndex()
    {
        var aws = Validation("The table does not have the specified index: ByStatus");
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(aws);

        var error = await Assert.ThrowsAsync<ReadFailedException>(() => _harness.Orders.ListAsync(Specs.Orders(o => o.Status == OrderStatus.Shipped), Ct));

        Assert.Equal("ByStatus", error.IndexName);
        Assert.Equal("test-Orders", error.TableName);
        Assert.Null(error.Key);
        Assert.False(error.IsTransient);
        Assert.StartsWith("The Query of Order on table 'test-Orders', index 'ByStatus', was refused: the table has no such index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_ThrowsTransientReadFailed_OnServerErrorsOfAScan()
    {
        var aws = new AmazonDynamoDBException("internal error") { ErrorCode = "InternalServerError", StatusCode = HttpStatusCode.InternalServerError };
        _harness.Client.ScanAsync(Arg.Any<ScanRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(aws);

        var error = await Assert.ThrowsAsync<ReadFailedException>(() => _harness.Orders.ListAsync(Ct));

        Assert.True(error.IsTransient);
        Assert.Equal("The Scan of Order on table 'test-Orders' failed with server or transport errors after the AWS SDK's retries. Retry later.", error.Message);
    }

    [Fact]
    public async Task CountAsync_ThrowsTransientReadFailed_OnTransportErrors()
    {
        var transport = new HttpRequestException("connection refused");
        _harness.Client.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(transport);

        var error = await Assert.ThrowsAsync<ReadFailedException>(() => _harness.Orders.CountAsync(Specs.Orders(o => o.CustomerId == "c-1"), Ct));

        Assert.True(error.IsTransient);
        Assert.Same(transport, error.InnerException);
    }

    [Fact]
    public async Task FirstOrDefaultAsync_ThrowsReadFailedNamingTheKey_WhenAGetItemIsRefused()
    {
        var aws = Validation("The provided key element does not match the schema");
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(aws);

        var error = await Assert.ThrowsAsync<ReadFailedException>(
            () => _harness.Orders.FirstOrDefaultAsync(Specs.Orders(o => o.CustomerId == "c-1" && o.OrderId == "o-2"), Ct));

        Assert.Equal("(c-1, o-2)", error.Key);
        Assert.False(error.IsTransient);
        Assert.Equal(
            "The GetItem of Order (c-1, o-2) on table 'test-Orders' was refused by DynamoDB (ValidationException). The inner exception says what DynamoDB objected to.",
            error.Message);
    }

    [Fact]
    public async Task GetManyAsync_ThrowsReadFailed_WhenTheTableDoesNotExist()
    {
        _harness.Client.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(new ResourceNotFoundException("not found"));

        var error = await Assert.ThrowsAsync<ReadFailedException>(
            () => _harness.Orders.GetManyAsync([new EntityKey("c-1", "o-1"), new EntityKey("c-1", "o-2")], Ct));

        Assert.Equal("test-Orders", error.TableName);
        Assert.StartsWith("The BatchGetItem of Order on table 'test-Orders' failed: the table does not exist.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_LetsTheCallersCancellationThrough_Unwrapped()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(new OperationCanceledException(cancellation.Token));

        await Assert.ThrowsAsync<OperationCanceledException>(() => _harness.Customers.GetAsync("cust-1", cancellation.Token));
    }

    [Fact]
    public async Task GetAsync_LetsNonDynamoFailuresThrough_Unwrapped()
    {
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("a bug in a handler"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Customers.GetAsync("cust-1", Ct));

        Assert.Equal("a bug in a handler", error.Message);
    }

    private static AmazonDynamoDBException Validation(string message) =>
        new(message) { ErrorCode = "ValidationException", StatusCode = HttpStatusCode.BadRequest };
}
