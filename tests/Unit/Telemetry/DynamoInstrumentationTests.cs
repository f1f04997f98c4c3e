using System.Diagnostics.Metrics;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Telemetry;
using Dynamo.Repositories.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

public sealed class DynamoInstrumentationTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly DynamoInstrumentation _instrumentation;
    private readonly TelemetryCapture _capture;

    public DynamoInstrumentationTests()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        _capture = new TelemetryCapture(factory);
        _instrumentation = new DynamoInstrumentation(factory);
    }

    [Fact]
    public void Meter_IsNamedAndVersioned_AndComesFromTheFactory()
    {
        Assert.Equal("Dynamo.Repositories", _instrumentation.Meter.Name);
        Assert.Equal(DynamoInstrumentation.Version, _instrumentation.Meter.Version);
        Assert.Same(_services.GetRequiredService<IMeterFactory>(), _instrumentation.Meter.Scope);
        Assert.Equal(DynamoInstrumentation.Version, DynamoInstrumentation.ActivitySource.Version);
        Assert.False(string.IsNullOrEmpty(DynamoInstrumentation.Version));
    }

    [Fact]
    public void RecordThrottle_CountsEachReasonWithTableAndIndex()
    {
        var aws = ThrottlingReasonsTests.Throttled(("IndexWriteKeyRangeThroughputExceeded", "arn:aws:dynamodb:us-east-1:1:table/Orders/index/ByStatus"));

        _instrumentation.RecordThrottle(aws, "PutItem", "Orders");
        _instrumentation.RecordThrottle(new ProvisionedThroughputExceededException("no reason"), "Query", "Customers");

        Assert.Collection(
            _capture.Of("dynamo_repositories.throttles"),
            m =>
            {
                Assert.Equal("IndexWriteKeyRangeThroughputExceeded", m.Tag("aws.dynamodb.throttling_reason"));
                Assert.Equal("Orders", m.Tag("db.collection.name"));
                Assert.Equal("ByStatus", m.Tag("aws.dynamodb.index_name"));
                Assert.Equal("PutItem", m.Tag("db.operation.name"));
            },
            m =>
            {
                Assert.Equal("unknown", m.Tag("aws.dynamodb.throttling_reason"));
                Assert.Equal("Customers", m.Tag("db.collection.name"));
            });
    }

    [Fact]
    public void RecordConsumedCapacity_SplitsTableAndIndexes_WhenDynamoReturnsTheBreakdown()
    {
        var capacity = new ConsumedCapacity
        {
            TableName = "Orders",
            CapacityUnits = 3,
            Table = new Capacity { CapacityUnits = 2, WriteCapacityUnits = 2 },
            GlobalSecondaryIndexes = new() { ["ByStatus"] = new Capacity { CapacityUnits = 1, WriteCapacityUnits = 1 } },
        };

        _instrumentation.RecordConsumedCapacity(capacity, write: true, activity: null);

        Assert.Empty(_capture.Of("dynamo_repositories.consumed.read_capacity"));
        Assert.Collection(
            _capture.Of("dynamo_repositories.consumed.write_capacity"),
            m => Assert.Equal((2.0, "Orders", null), (m.Value, m.Tag("db.collection.name"), m.Tag("aws.dynamodb.index_name"))),
            m => Assert.Equal((1.0, "Orders", "ByStatus"), (m.Value, m.Tag("db.collection.name"), m.Tag("aws.dynamodb.index_name"))));
    }

    [Fact]
    public void RecordConsumedCapacity_CountsTheTotalAsRead_ForAReadWithoutBreakdown()
    {
        _instrumentation.RecordConsumedCapacity([new ConsumedCapacity { TableName = "Orders", CapacityUnits = 0.5 }], write: false, activity: null);

        var read = Assert.Single(_capture.Of("dynamo_repositories.consumed.read_capacity"));
        Assert.Equal(0.5, read.Value);
        Assert.Empty(_capture.Of("dynamo_repositories.consumed.write_capacity"));
    }

    [Fact]
    public void RecordItems_CountsScannedAndReturned()
    {
        _instrumentation.RecordItems("Query", "Orders", null, scanned: 10, returned: 3);

        Assert.Equal(10, Assert.Single(_capture.Of("dynamo_repositories.items.scanned")).Value);
        Assert.Equal(3, Assert.Single(_capture.Of("dynamo_repositories.items.returned")).Value);
    }

    [Fact]
    public void RecordDuration_TagsOperationTableAndErrorType()
    {
        var start = _instrumentation.StartTimestamp();

        _instrumentation.RecordDuration(start, "TransactWriteItems", null, new ConcurrencyConflictException("x", typeof(object), "(k)"));

        var duration = Assert.Single(_capture.Of("db.client.operation.duration"));
        Assert.Equal("aws.dynamodb", duration.Tag("db.system.name"));
        Assert.Equal("TransactWriteItems", duration.Tag("db.operation.name"));
        Assert.Equal(typeof(ConcurrencyConflictException).FullName, duration.Tag("error.type"));
        Assert.False(duration.Tags.ContainsKey("db.collection.name"));
        Assert.True(duration.Value >= 0);
    }

    [Fact]
    public void Instruments_AreDisabledAndRecordNothing_WhenNobodyListens()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var silent = new DynamoInstrumentation(services.GetRequiredService<IMeterFactory>());

        silent.RecordItems("Query", "Orders", null, 1, 1);

        Assert.Equal(0, silent.StartTimestamp());
        Assert.False(silent.OperationDuration.Enabled);
        Assert.False(silent.ItemsScanned.Enabled);
        Assert.Empty(_capture.Measurements);
    }

    [Theory]
    [InlineData(DynamoConsumedCapacity.None, null)]
    [InlineData(DynamoConsumedCapacity.Total, "TOTAL")]
    [InlineData(DynamoConsumedCapacity.Indexes, "INDEXES")]
    public void ToRequest_MapsTheOption(DynamoConsumedCapacity mode, string? expected)
    {
        Assert.Equal(expected, DynamoInstrumentation.ToRequest(mode)?.Value);
    }

    public void Dispose()
    {
        _capture.Dispose();
        _services.Dispose();
    }
}
