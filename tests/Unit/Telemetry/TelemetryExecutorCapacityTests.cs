using System.Diagnostics.Metrics;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Telemetry;
using Dynamo.Repositories.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

/// <summary>The consumed capacity the executor asks for, and the parts of a response's capacity it records.</summary>
public sealed class TelemetryExecutorCapacityTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IDynamoExecutor _inner = Substitute.For<IDynamoExecutor>();

    public TelemetryExecutorCapacityTests()
    {
        _inner.GetItemAsync(default!, default).ReturnsForAnyArgs(new GetItemResponse());
        _inner.QueryAsync(default!, default).ReturnsForAnyArgs(new QueryResponse());
        _inner.ScanAsync(default!, default).ReturnsForAnyArgs(new ScanResponse());
        _inner.BatchGetItemAsync(default!, default).ReturnsForAnyArgs(new BatchGetItemResponse());
        _inner.PutItemAsync(default!, default).ReturnsForAnyArgs(new PutItemResponse());
        _inner.UpdateItemAsync(default!, default).ReturnsForAnyArgs(new UpdateItemResponse());
        _inner.DeleteItemAsync(default!, default).ReturnsForAnyArgs(new DeleteItemResponse());
        _inner.TransactWriteItemsAsync(default!, default).ReturnsForAnyArgs(new TransactWriteItemsResponse());
        _inner.BatchWriteItemAsync(default!, default).ReturnsForAnyArgs(new BatchWriteItemResponse());
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    public static TheoryData<string> Operations =>
        ["GetItem", "Query", "Scan", "BatchGetItem", "PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EachOperation_KeepsTheCapacityTheRequestAlreadyAsksFor(string operation)
    {
        var executor = new TelemetryExecutor(_inner, new DynamoInstrumentation(Meters), DynamoConsumedCapacity.Indexes);
        var asked = (ReturnConsumedCapacity?)null;

        switch (operation)
        {
            case "GetItem":
                asked = await Send(new GetItemRequest { ReturnConsumedCapacity = ReturnConsumedCapacity.NONE }, executor.GetItemAsync, r => r.ReturnConsumedCapacity);
                break;
            case "Query":
                asked = await Send(new QueryRequest { ReturnConsumedCapacity = ReturnConsumedCapacity.NONE }, executor.QueryAsync, r => r.ReturnConsumedCapacity);
                break;
            case "Scan":
                asked = await Send(new ScanRequest { ReturnConsumedCapacity = ReturnConsumedCapacity.NONE }, executor.ScanAsync, r => r.ReturnConsumedCapacity);
                break;
            case "BatchGetItem":
                asked = await Send(new BatchGetItemRequest { ReturnConsumedCapacity = ReturnConsumedCapacity.NONE }, executor.BatchGetItemAsync, r => r.ReturnConsumedCapacity);
                break;
            case "PutItem":
                asked = await Send(new PutItemRequest { ReturnConsumedCapacity = ReturnConsumedCapacity.NONE }, executor.PutItemAsync, r => r.ReturnConsumedCapacity);
                break;
            case "UpdateItem":
                asked = await Send(new UpdateItemRequest { ReturnConsumedCapacity = ReturnConsumedCapacity.NONE }, executor.UpdateItemAsync, r => r.ReturnConsumedCapacity);
                break;
            case "DeleteItem":
                asked = await Send(new DeleteItemRequest { ReturnConsumedCapacity = ReturnConsumedCapacity.NONE }, executor.DeleteItemAsync, r => r.ReturnConsumedCapacity);
                break;
            case "TransactWriteItems":
                asked = await Send(new TransactWriteItemsRequest { ReturnConsumedCapacity = ReturnConsumedCapacity.NONE }, executor.TransactWriteItemsAsync, r => r.ReturnConsumedCapacity);
                break;
            default:
                asked = await Send(new BatchWriteItemRequest { ReturnConsumedCapacity = ReturnConsumedCapacity.NONE }, executor.BatchWriteItemAsync, r => r.ReturnConsumedCapacity);
                break;
        }

        Assert.Equal(ReturnConsumedCapacity.NONE, asked);
    }

    [Fact]
    public async Task QueryAsync_RecordsTheCapacityOfLocalIndexes_ByIndex()
    {
        using var capture = new TelemetryCapture(Meters);
        var executor = new TelemetryExecutor(_inner, new DynamoInstrumentation(Meters), DynamoConsumedCapacity.Indexes);
        _inner.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(new QueryResponse
        {
            ConsumedCapacity = new ConsumedCapacity
            {
                TableName = "Orders",
                Table = new Capacity { CapacityUnits = 0.5 },
                LocalSecondaryIndexes = new() { ["ByDate"] = new Capacity { CapacityUnits = 1 }, ["Empty"] = null! },
            },
        });

        await executor.QueryAsync(new QueryRequest { TableName = "Orders", IndexName = "ByDate" }, Token);

        Assert.Equal(
            [(null, 0.5), ("ByDate", 1.0)],
            capture.Of("dynamo_repositories.consumed.read_capacity").Select(m => ((string?)m.Tag("aws.dynamodb.index_name"), m.Value)));
    }

    [Fact]
    public async Task BatchWriteItemAsync_CountsAThrottleWithoutATable_WhenTheBatchSpansSeveralTables()
    {
        using var capture = new TelemetryCapture(Meters);
        var executor = new TelemetryExecutor(_inner, new DynamoInstrumentation(Meters), DynamoConsumedCapacity.None);
        _inner.BatchWriteItemAsync(Arg.Any<BatchWriteItemRequest>(), Arg.Any<CancellationToken>())
            .Returns(Task.FromException<BatchWriteItemResponse>(new ProvisionedThroughputExceededException("slow down")));
        var request = new BatchWriteItemRequest { RequestItems = new() { ["Orders"] = [], ["Customers"] = [] } };

        await Assert.ThrowsAsync<ProvisionedThroughputExceededException>(() => executor.BatchWriteItemAsync(request, Token));

        var throttle = Assert.Single(capture.Of("dynamo_repositories.throttles"));
        Assert.Equal(("unknown", null), (throttle.Tag("aws.dynamodb.throttling_reason"), throttle.Tag("db.collection.name")));
    }

    public void Dispose() => _services.Dispose();

    private static async Task<ReturnConsumedCapacity?> Send<TRequest, TResponse>(TRequest request, Func<TRequest, CancellationToken, Task<TResponse>> send, Func<TRequest, ReturnConsumedCapacity?> asked)
    {
        await send(request, Token);
        return asked(request);
    }
}
