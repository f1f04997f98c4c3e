using System.Diagnostics.Metrics;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

/// <summary>With nothing listening and capacity off, every write goes straight to the inner executor: the same task, nothing asked.</summary>
[Collection(nameof(SpanSourceCollection))]
public sealed class TelemetryExecutorWriteFastPathTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IDynamoExecutor _inner = Substitute.For<IDynamoExecutor>();
    private readonly EntityWrite _write = new(WriteActionType.Put, "Orders", null, null, null);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Writes_GoStraightToTheInnerExecutor_WhenNothingListensAndCapacityIsOff()
    {
        Assert.False(DynamoInstrumentation.ActivitySource.HasListeners(), "a test of the run left a span listener open");
        var executor = new TelemetryExecutor(_inner, new DynamoInstrumentation(_services.GetRequiredService<IMeterFactory>()), DynamoConsumedCapacity.None);
        var put = Task.FromResult(new PutItemResponse());
        var update = Task.FromResult(new UpdateItemResponse());
        var delete = Task.FromResult(new DeleteItemResponse());
        var transaction = Task.FromResult(new TransactWriteItemsResponse());
        var batch = Task.FromResult(new BatchWriteItemResponse());
        var transactRequest = new TransactWriteItemsRequest();
        var batchRequest = new BatchWriteItemRequest();
        _inner.PutEntityAsync(_write, null, Token).Returns(put);
        _inner.UpdateEntityAsync(_write, null, Token).Returns(update);
        _inner.DeleteEntityAsync(_write, null, Token).Returns(delete);
        _inner.TransactWriteEntitiesAsync(Arg.Any<IReadOnlyList<EntityWrite>>(), "token", null, Token).Returns(transaction);
        _inner.BatchWriteEntitiesAsync("Orders", Arg.Any<IReadOnlyList<EntityWrite>>(), null, Token).Returns(batch);
        _inner.TransactWriteItemsAsync(transactRequest, Token).Returns(transaction);
        _inner.BatchWriteItemAsync(batchRequest, Token).Returns(batch);

        Assert.Same(put, executor.PutEntityAsync(_write, null, Token));
        Assert.Same(update, executor.UpdateEntityAsync(_write, null, Token));
        Assert.Same(delete, executor.DeleteEntityAsync(_write, null, Token));
        Assert.Same(transaction, executor.TransactWriteEntitiesAsync([_write], "token", null, Token));
        Assert.Same(batch, executor.BatchWriteEntitiesAsync("Orders", [_write], null, Token));
        Assert.Same(transaction, executor.TransactWriteItemsAsync(transactRequest, Token));
        Assert.Same(batch, executor.BatchWriteItemAsync(batchRequest, Token));
        Assert.Null(transactRequest.ReturnConsumedCapacity);
    }

    public void Dispose() => _services.Dispose();
}
