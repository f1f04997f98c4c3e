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

/// <summary>The entity-level writes through the telemetry executor: forwarded as they are, with capacity asked for and recorded as their request-level twins.</summary>
public sealed class TelemetryExecutorEntityWriteForwardingTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IDynamoExecutor _inner = Substitute.For<IDynamoExecutor>();
    private readonly EntityWrite _write = new(WriteActionType.Put, "Orders", null, null, null) { Item = [] };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PutEntityAsync_AsksForCapacity_AndRecordsWriteCapacity_WhenCapacityIsOn()
    {
        using var capture = new TelemetryCapture(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var executor = Executor(DynamoConsumedCapacity.Total);
        _inner.PutEntityAsync(_write, ReturnConsumedCapacity.TOTAL, Arg.Any<CancellationToken>())
            .Returns(new PutItemResponse { ConsumedCapacity = new ConsumedCapacity { TableName = "Orders", CapacityUnits = 2 } });

        await executor.PutEntityAsync(_write, null, Token);

        Assert.Equal(2.0, Assert.Single(capture.Of("dynamo_repositories.consumed.write_capacity")).Value);
    }

    [Fact]
    public async Task TransactWriteEntitiesAsync_ForwardsTheWritesAndTheToken_AndRecordsWriteCapacity()
    {
        using var capture = new TelemetryCapture(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var executor = Executor(DynamoConsumedCapacity.Total);
        EntityWrite[] writes = [_write, _write];
        _inner.TransactWriteEntitiesAsync(writes, "token", ReturnConsumedCapacity.TOTAL, Arg.Any<CancellationToken>())
            .Returns(new TransactWriteItemsResponse { ConsumedCapacity = [new ConsumedCapacity { TableName = "Orders", CapacityUnits = 4 }] });

        await executor.TransactWriteEntitiesAsync(writes, "token", null, Token);

        Assert.Equal(4.0, Assert.Single(capture.Of("dynamo_repositories.consumed.write_capacity")).Value);
    }

    [Fact]
    public async Task EntityWrites_GoStraightToTheInnerExecutor_WhenNothingIsObserved()
    {
        var executor = Executor(DynamoConsumedCapacity.None);
        _inner.PreparesEntityJson.Returns(true);
        var response = new BatchWriteItemResponse();
        _inner.BatchWriteEntitiesAsync("Orders", Arg.Any<IReadOnlyList<EntityWrite>>(), null, Arg.Any<CancellationToken>()).Returns(response);

        var returned = await executor.BatchWriteEntitiesAsync("Orders", [_write], null, Token);

        Assert.Same(response, returned);
        Assert.True(executor.PreparesEntityJson);
    }

    public void Dispose() => _services.Dispose();

    private TelemetryExecutor Executor(DynamoConsumedCapacity capacity) => new(_inner, new DynamoInstrumentation(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()), capacity);
}
