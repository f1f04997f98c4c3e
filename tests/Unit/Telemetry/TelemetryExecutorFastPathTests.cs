using System.Diagnostics.Metrics;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

[Collection(nameof(SpanSourceCollection))]
public sealed class TelemetryExecutorFastPathTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IDynamoExecutor _inner = Substitute.For<IDynamoExecutor>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    [Fact]
    public void Calls_GoStraightToTheInnerExecutor_WhenNothingListensAndCapacityIsOff()
    {
        Assert.False(DynamoInstrumentation.ActivitySource.HasListeners(), "a test of the run left a span listener open");
        var executor = new TelemetryExecutor(_inner, new DynamoInstrumentation(Meters), DynamoConsumedCapacity.None);
        var request = new PutItemRequest { TableName = "Orders" };
        var sent = Task.FromResult(new PutItemResponse());
        _inner.PutItemAsync(request, Token).Returns(sent);

        var returned = executor.PutItemAsync(request, Token);

        Assert.Same(sent, returned);
        Assert.Null(request.ReturnConsumedCapacity);
    }

    [Fact]
    public void IsActive_IsFalse_WhenNeitherTheSpanSourceNorAnyInstrumentOfTheContainerIsListenedTo()
    {
        Assert.False(DynamoInstrumentation.ActivitySource.HasListeners(), "a test of the run left a span listener open");

        Assert.False(new DynamoInstrumentation(Meters).IsActive);
    }

    public void Dispose() => _services.Dispose();
}
