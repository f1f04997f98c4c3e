using System.Diagnostics;
using System.Diagnostics.Metrics;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Telemetry;
using Dynamo.Repositories.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

public sealed class DynamoOperationTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    [Fact]
    public void Retrying_CountsEachRetryByReason_AndOnTheSpan()
    {
        using var capture = new TelemetryCapture(Meters);
        var instrumentation = new DynamoInstrumentation(Meters);
        using (capture.StartRoot(nameof(Retrying_CountsEachRetryByReason_AndOnTheSpan)))
        {
            var operation = DynamoOperation.Start(instrumentation, "TransactWriteItems", null, name: "SaveChanges")!;
            operation.Retrying(new TransactionCanceledException("c") { CancellationReasons = [new() { Code = "TransactionConflict" }] });
            operation.Retrying(new ProvisionedThroughputExceededException("t"));
            operation.Retrying(new HttpRequestException("reset"));
            operation.Complete();
        }

        Assert.Equal(["conflict", "throttling", "unavailable"], capture.Of("dynamo_repositories.retries").Select(m => (string)m.Tag("dynamo_repositories.retry.reason")!));
        Assert.Equal(3, Assert.Single(capture.Spans).GetTagItem("dynamo_repositories.retries"));
    }

    [Fact]
    public void Fail_CountsTheConflictByKindAndTable_AndRecordsTheErrorType()
    {
        using var capture = new TelemetryCapture(Meters);
        var instrumentation = new DynamoInstrumentation(Meters);
        using (capture.StartRoot(nameof(Fail_CountsTheConflictByKindAndTable_AndRecordsTheErrorType)))
        {
            var operation = DynamoOperation.Start(instrumentation, "SaveChanges", null, name: "SaveChanges")!;
            operation.SetOperation("TransactWriteItems", ["Orders", "Customers"]);
            operation.Fail(new ConcurrencyConflictException("stale", typeof(object), "(k)", expectedVersion: 3, storedVersion: 4), "Orders");
        }

        var conflict = Assert.Single(capture.Of("dynamo_repositories.conflicts"));
        Assert.Equal(("version", "Orders"), ((string)conflict.Tag("dynamo_repositories.conflict.kind")!, (string)conflict.Tag("db.collection.name")!));
        var duration = Assert.Single(capture.Of("db.client.operation.duration"));
        Assert.Equal("TransactWriteItems", duration.Tag("db.operation.name"));
        Assert.Equal(typeof(ConcurrencyConflictException).FullName, duration.Tag("error.type"));
        Assert.Equal(ActivityStatusCode.Error, Assert.Single(capture.Spans).Status);
    }

    [Theory]
    [InlineData(typeof(ConditionCheckFailedException), "check")]
    [InlineData(typeof(TransactionContentionException), "transaction")]
    [InlineData(typeof(WriteRejectedException), null)]
    public void ConflictKindOf_ClassifiesTheFailure(Type type, string? kind)
    {
        var failure = (Exception)Activator.CreateInstance(type, "m", null, null, null, null)!;

        Assert.Equal(kind, DynamoOperation.ConflictKindOf(failure));
    }

    public void Dispose() => _services.Dispose();
}
