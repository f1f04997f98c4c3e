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

/// <summary>The entity-level writes through the telemetry decorator: the capacity they ask for and record, per table.</summary>
public sealed class TelemetryExecutorEntityWriteTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IDynamoExecutor _inner = Substitute.For<IDynamoExecutor>();
    private readonly EntityWrite _write = new(WriteActionType.Put, "Orders", null, null, null);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task SingleEntityWrites_AskForTheConfiguredCapacity_AndRecordTheWriteCapacityOfTheirTable()
    {
        using var capture = new TelemetryCapture(Meters);
        var executor = new TelemetryExecutor(_inner, new DynamoInstrumentation(Meters), DynamoConsumedCapacity.Total);
        _inner.PutEntityAsync(default!, default, default).ReturnsForAnyArgs(new PutItemResponse { ConsumedCapacity = Units(1) });
        _inner.UpdateEntityAsync(default!, default, default).ReturnsForAnyArgs(new UpdateItemResponse { ConsumedCapacity = Units(2) });
        _inner.DeleteEntityAsync(default!, default, default).ReturnsForAnyArgs(new DeleteItemResponse { ConsumedCapacity = Units(3) });

        await executor.PutEntityAsync(_write, null, Token);
        await executor.UpdateEntityAsync(_write, ReturnConsumedCapacity.INDEXES, Token);
        await executor.DeleteEntityAsync(_write, null, Token);

        await _inner.Received(1).PutEntityAsync(_write, ReturnConsumedCapacity.TOTAL, Arg.Any<CancellationToken>());
        await _inner.Received(1).UpdateEntityAsync(_write, ReturnConsumedCapacity.INDEXES, Arg.Any<CancellationToken>());
        await _inner.Received(1).DeleteEntityAsync(_write, ReturnConsumedCapacity.TOTAL, Arg.Any<CancellationToken>());
        Assert.Equal(
            [("Orders", 1.0), ("Orders", 2.0), ("Orders", 3.0)],
            capture.Of("dynamo_repositories.consumed.write_capacity").Select(m => ((string)m.Tag("db.collection.name")!, m.Value)));
    }

    [Fact]
    public async Task BatchAndTransactionOfEntities_AskForTheConfiguredCapacity_AndRecordItPerTable()
    {
        using var capture = new TelemetryCapture(Meters);
        var executor = new TelemetryExecutor(_inner, new DynamoInstrumentation(Meters), DynamoConsumedCapacity.Total);
        _inner.TransactWriteEntitiesAsync(default!, default!, default, default).ReturnsForAnyArgs(new TransactWriteItemsResponse { ConsumedCapacity = [Units(4)] });
        _inner.BatchWriteEntitiesAsync(default!, default!, default, default).ReturnsForAnyArgs(new BatchWriteItemResponse { ConsumedCapacity = [Units(5)] });

        await executor.TransactWriteEntitiesAsync([_write], "token", null, Token);
        await executor.BatchWriteEntitiesAsync("Orders", [_write], ReturnConsumedCapacity.NONE, Token);

        await _inner.Received(1).TransactWriteEntitiesAsync(Arg.Any<IReadOnlyList<EntityWrite>>(), "token", ReturnConsumedCapacity.TOTAL, Arg.Any<CancellationToken>());
        await _inner.Received(1).BatchWriteEntitiesAsync("Orders", Arg.Any<IReadOnlyList<EntityWrite>>(), ReturnConsumedCapacity.NONE, Arg.Any<CancellationToken>());
        Assert.Equal([4.0, 5.0], capture.Of("dynamo_repositories.consumed.write_capacity").Select(m => m.Value));
    }

    public void Dispose() => _services.Dispose();

    private static ConsumedCapacity Units(double units) => new() { TableName = "Orders", CapacityUnits = units };
}
