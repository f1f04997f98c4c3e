using System.Diagnostics.Metrics;
using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Telemetry;
using Dynamo.Repositories.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

/// <summary>Scan, BatchGetItem and DeleteItem through the telemetry executor, and which failures count as throttles.</summary>
public sealed class TelemetryExecutorOperationTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IDynamoExecutor _inner = Substitute.For<IDynamoExecutor>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task ScanAsync_AsksForCapacity_AndCountsScannedAndReturnedItems()
    {
        using var capture = new TelemetryCapture(Meters);
        var executor = Executor(DynamoConsumedCapacity.Total);
        _inner.ScanAsync(Arg.Any<ScanRequest>(), Arg.Any<CancellationToken>()).Returns(new ScanResponse { Count = 2, ScannedCount = 7 });
        var request = new ScanRequest { TableName = "Orders" };

        await executor.ScanAsync(request, Token);

        Assert.Equal(ReturnConsumedCapacity.TOTAL, request.ReturnConsumedCapacity);
        Assert.Equal(7.0, Assert.Single(capture.Of("dynamo_repositories.items.scanned")).Value);
        Assert.Equal(2.0, Assert.Single(capture.Of("dynamo_repositories.items.returned")).Value);
        Assert.Equal("Scan", capture.Of("dynamo_repositories.items.returned").Single().Tag("db.operation.name"));
    }

    [Fact]
    public async Task ScanAsync_CountsReturnedItemsAsScanned_WhenTheScannedCountIsMissing()
    {
        using var capture = new TelemetryCapture(Meters);
        var executor = Executor(DynamoConsumedCapacity.Total);
        _inner.ScanAsync(Arg.Any<ScanRequest>(), Arg.Any<CancellationToken>()).Returns(new ScanResponse { Count = 3 });

        await executor.ScanAsync(new ScanRequest { TableName = "Orders" }, Token);

        Assert.Equal(3.0, Assert.Single(capture.Of("dynamo_repositories.items.scanned")).Value);
    }

    [Fact]
    public async Task BatchGetItemAsync_AsksForCapacity_AndRecordsReadCapacityOfItsTable()
    {
        using var capture = new TelemetryCapture(Meters);
        var executor = Executor(DynamoConsumedCapacity.Total);
        _inner.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).Returns(new BatchGetItemResponse
        {
            ConsumedCapacity = [new ConsumedCapacity { TableName = "Orders", CapacityUnits = 2.5 }],
        });
        var request = new BatchGetItemRequest { RequestItems = new() { ["Orders"] = new KeysAndAttributes() } };

        await executor.BatchGetItemAsync(request, Token);

        Assert.Equal(ReturnConsumedCapacity.TOTAL, request.ReturnConsumedCapacity);
        Assert.Equal(2.5, Assert.Single(capture.Of("dynamo_repositories.consumed.read_capacity")).Value);
    }

    [Fact]
    public async Task DeleteItemAsync_AsksForCapacity_AndRecordsWriteCapacity()
    {
        using var capture = new TelemetryCapture(Meters);
        var executor = Executor(DynamoConsumedCapacity.Total);
        _inner.DeleteItemAsync(Arg.Any<DeleteItemRequest>(), Arg.Any<CancellationToken>()).Returns(new DeleteItemResponse
        {
            ConsumedCapacity = new ConsumedCapacity { TableName = "Orders", CapacityUnits = 1 },
        });
        var request = new DeleteItemRequest { TableName = "Orders" };

        await executor.DeleteItemAsync(request, Token);

        Assert.Equal(ReturnConsumedCapacity.TOTAL, request.ReturnConsumedCapacity);
        Assert.Equal(1.0, Assert.Single(capture.Of("dynamo_repositories.consumed.write_capacity")).Value);
    }

    [Fact]
    public async Task Calls_KeepTheCapacityTheCallerAskedFor()
    {
        var executor = Executor(DynamoConsumedCapacity.Total);
        _inner.ScanAsync(Arg.Any<ScanRequest>(), Arg.Any<CancellationToken>()).Returns(new ScanResponse());
        var request = new ScanRequest { TableName = "Orders", ReturnConsumedCapacity = ReturnConsumedCapacity.INDEXES };

        await executor.ScanAsync(request, Token);

        Assert.Equal(ReturnConsumedCapacity.INDEXES, request.ReturnConsumedCapacity);
    }

    [Fact]
    public async Task Calls_GoStraightToTheInnerExecutor_ForScansBatchesAndDeletes_WhenNothingObserves()
    {
        var executor = Executor(DynamoConsumedCapacity.None);
        var scan = Task.FromResult(new ScanResponse());
        var batch = Task.FromResult(new BatchGetItemResponse());
        var delete = Task.FromResult(new DeleteItemResponse());
        _inner.ScanAsync(Arg.Any<ScanRequest>(), Arg.Any<CancellationToken>()).Returns(scan);
        _inner.BatchGetItemAsync(Arg.Any<BatchGetItemRequest>(), Arg.Any<CancellationToken>()).Returns(batch);
        _inner.DeleteItemAsync(Arg.Any<DeleteItemRequest>(), Arg.Any<CancellationToken>()).Returns(delete);

        Assert.Same(scan, executor.ScanAsync(new ScanRequest(), Token));
        Assert.Same(batch, executor.BatchGetItemAsync(new BatchGetItemRequest(), Token));
        Assert.Same(delete, executor.DeleteItemAsync(new DeleteItemRequest(), Token));
        await Task.WhenAll(scan, batch, delete);
    }

    [Fact]
    public async Task Failures_CountAsThrottles_OnlyWhenDynamoThrottled()
    {
        using var capture = new TelemetryCapture(Meters);
        var executor = Executor(DynamoConsumedCapacity.Total);
        Exception[] throttles =
        [
            new RequestLimitExceededException("account"),
            new ThrottlingException("control plane"),
            new AmazonServiceException("slow", ErrorType.Sender, "Throttling", "r", HttpStatusCode.BadRequest),
            new TransactionCanceledException("canceled") { CancellationReasons = [new() { Code = "None" }, new() { Code = "ThrottlingError" }] },
        ];
        Exception[] others =
        [
            new AmazonServiceException("bad", ErrorType.Sender, "ValidationException", "r", HttpStatusCode.BadRequest),
            new TransactionCanceledException("canceled") { CancellationReasons = [new() { Code = "ConditionalCheckFailed" }] },
            new TransactionCanceledException("canceled"),
            new HttpRequestException("reset"),
        ];

        foreach (var failure in throttles.Concat(others))
        {
            _inner.DeleteItemAsync(Arg.Any<DeleteItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(failure);
            var thrown = await Assert.ThrowsAnyAsync<Exception>(() => executor.DeleteItemAsync(new DeleteItemRequest { TableName = "Orders" }, Token));
            Assert.Same(failure, thrown);
        }

        Assert.Equal(throttles.Length, capture.Of("dynamo_repositories.throttles").Count);
        Assert.All(capture.Of("dynamo_repositories.throttles"), m => Assert.Equal("DeleteItem", m.Tag("db.operation.name")));
    }

    public void Dispose() => _services.Dispose();

    private TelemetryExecutor Executor(DynamoConsumedCapacity capacity) => new(_inner, new DynamoInstrumentation(Meters), capacity);
}
