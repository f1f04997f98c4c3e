using System.Diagnostics.Metrics;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Telemetry;
using Dynamo.Repositories.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

public sealed class TelemetryExecutorTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IDynamoExecutor _inner = Substitute.For<IDynamoExecutor>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task QueryAsync_AsksForCapacity_AndReportsPagesItemsAndCapacityOnTheSpanAndMetrics()
    {
        using var capture = new TelemetryCapture(Meters);
        var instrumentation = new DynamoInstrumentation(Meters);
        var executor = new TelemetryExecutor(_inner, instrumentation, DynamoConsumedCapacity.Indexes);
        _inner.QueryAsync(Arg.Any<QueryRequest>(), Arg.Any<CancellationToken>()).Returns(
            new QueryResponse { Count = 3, ScannedCount = 10, ConsumedCapacity = new ConsumedCapacity { TableName = "Orders", CapacityUnits = 1.5 } },
            new QueryResponse { Count = 1, ScannedCount = 1 });
        var request = new QueryRequest { TableName = "Orders", IndexName = "ByStatus" };

        using (capture.StartRoot(nameof(QueryAsync_AsksForCapacity_AndReportsPagesItemsAndCapacityOnTheSpanAndMetrics)))
        {
            var operation = DynamoOperation.Start(instrumentation, "Query", "Orders", "ByStatus");
            await executor.QueryAsync(request, Token);
            await executor.QueryAsync(new QueryRequest { TableName = "Orders", IndexName = "ByStatus" }, Token);
            operation!.Complete();
        }

        Assert.Equal(ReturnConsumedCapacity.INDEXES, request.ReturnConsumedCapacity);
        var span = Assert.Single(capture.Spans);
        Assert.Equal(2, span.GetTagItem("dynamo_repositories.pages"));
        Assert.Equal(4, span.GetTagItem("aws.dynamodb.count"));
        Assert.Equal(11, span.GetTagItem("aws.dynamodb.scanned_count"));
        Assert.Single((string[])span.GetTagItem("aws.dynamodb.consumed_capacity")!);
        Assert.Equal([10.0, 1.0], capture.Of("dynamo_repositories.items.scanned").Select(m => m.Value));
        Assert.Equal([3.0, 1.0], capture.Of("dynamo_repositories.items.returned").Select(m => m.Value));
        Assert.All(capture.Of("dynamo_repositories.items.scanned"), m => Assert.Equal("ByStatus", m.Tag("aws.dynamodb.index_name")));
        Assert.Equal(1.5, Assert.Single(capture.Of("dynamo_repositories.consumed.read_capacity")).Value);
    }

    [Fact]
    public async Task PutItemAsync_CountsTheThrottleWithItsReason_AndRethrowsTheSameException()
    {
        using var capture = new TelemetryCapture(Meters);
        var executor = new TelemetryExecutor(_inner, new DynamoInstrumentation(Meters), DynamoConsumedCapacity.None);
        var aws = ThrottlingReasonsTests.Throttled(("TableWriteKeyRangeThroughputExceeded", "arn:aws:dynamodb:us-east-1:1:table/Orders"));
        _inner.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(aws);

        var thrown = await Assert.ThrowsAsync<ProvisionedThroughputExceededException>(() => executor.PutItemAsync(new PutItemRequest { TableName = "Orders" }, Token));

        Assert.Same(aws, thrown);
        var throttle = Assert.Single(capture.Of("dynamo_repositories.throttles"));
        Assert.Equal("TableWriteKeyRangeThroughputExceeded", throttle.Tag("aws.dynamodb.throttling_reason"));
        Assert.Equal("PutItem", throttle.Tag("db.operation.name"));
    }

    [Fact]
    public async Task TransactWriteItemsAsync_CountsWriteCapacityPerTable()
    {
        using var capture = new TelemetryCapture(Meters);
        var executor = new TelemetryExecutor(_inner, new DynamoInstrumentation(Meters), DynamoConsumedCapacity.Total);
        _inner.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>()).Returns(new TransactWriteItemsResponse
        {
            ConsumedCapacity = [new ConsumedCapacity { TableName = "Orders", CapacityUnits = 4, WriteCapacityUnits = 4 }, new ConsumedCapacity { TableName = "Customers", CapacityUnits = 2 }],
        });
        var request = new TransactWriteItemsRequest();

        await executor.TransactWriteItemsAsync(request, Token);

        Assert.Equal(ReturnConsumedCapacity.TOTAL, request.ReturnConsumedCapacity);
        Assert.Equal(
            [("Orders", 4.0), ("Customers", 2.0)],
            capture.Of("dynamo_repositories.consumed.write_capacity").Select(m => ((string)m.Tag("db.collection.name")!, m.Value)));
    }

    public void Dispose() => _services.Dispose();
}
