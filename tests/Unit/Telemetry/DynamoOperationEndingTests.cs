using System.Diagnostics.Metrics;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Telemetry;
using Dynamo.Repositories.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

/// <summary>How an operation classifies the failures it retries, and that it ends exactly once.</summary>
public sealed class DynamoOperationEndingTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    public static TheoryData<Exception, string> Failures => new()
    {
        { new TransactionCanceledException("c") { CancellationReasons = [new() { Code = "ThrottlingError" }] }, "throttling" },
        { new TransactionCanceledException("c"), "throttling" },
        { new TransactionConflictException("c"), "conflict" },
        { new TransactionInProgressException("p"), "conflict" },
        { new RequestLimitExceededException("l"), "throttling" },
        { new ThrottlingException("t"), "throttling" },
        { new AmazonServiceException("t") { ErrorCode = "Throttling" }, "throttling" },
        { new AmazonServiceException("t") { ErrorCode = "ThrottlingException" }, "throttling" },
        { new AmazonServiceException("x") { ErrorCode = "InternalServerError" }, "unavailable" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void RetryReasonOf_ClassifiesTheFailure(Exception failure, string reason) =>
        Assert.Equal(reason, DynamoOperation.RetryReasonOf(failure));

    [Fact]
    public void CompleteAndFail_RecordTheDurationOnce_WhateverIsCalledAfterTheEnd()
    {
        using var capture = new TelemetryCapture(Meters);
        var instrumentation = new DynamoInstrumentation(Meters);
        using (capture.StartRoot(nameof(CompleteAndFail_RecordTheDurationOnce_WhateverIsCalledAfterTheEnd)))
        {
            var completed = DynamoOperation.Start(instrumentation, "GetItem", "Orders")!;
            completed.Complete();
            completed.Complete();
            completed.Fail(new ConditionCheckFailedException("late", typeof(object), "(k)", null, null));

            var failed = DynamoOperation.Start(instrumentation, "PutItem", "Orders")!;
            failed.Fail(new InvalidOperationException("boom"));
            failed.Fail(new InvalidOperationException("again"));
            failed.Complete();
        }

        var durations = capture.Of("db.client.operation.duration");
        Assert.Equal(["GetItem", "PutItem"], durations.Select(d => (string)d.Tag("db.operation.name")!));
        Assert.Equal([null, typeof(InvalidOperationException).FullName], durations.Select(d => d.Tag("error.type")));
        Assert.Empty(capture.Of("dynamo_repositories.conflicts"));
    }

    public void Dispose() => _services.Dispose();
}
