using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>The bulk path's retry budget counts retries without progress, and its backoff grows with every retry.</summary>
public sealed class BulkWriteRetryTests
{
    private const string Table = "test-Ledger";

    private readonly RepositoryHarness _harness = new(commitRetryAttempts: 1);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BulkPutNonAtomicAsync_KeepsRetrying_WhileEachRetryMakesProgress()
    {
        var transfers = RepositoryHarness.EntryFaker().Generate(4);
        LeaveUnprocessed(sent => sent - 1, sent => sent - 1, sent => sent - 1, _ => 0);

        var written = await _harness.DriveAsync(_harness.Ledger.BulkPutNonAtomicAsync(transfers, Token));

        Assert.Equal(4, written);
        Assert.Equal([4, 3, 2, 1], Sizes());
    }

    [Fact]
    public async Task BulkPutNonAtomicAsync_GivesUp_AfterTheBudgetOfRetriesWithoutProgress()
    {
        var transfers = RepositoryHarness.EntryFaker().Generate(3);
        LeaveUnprocessed(sent => sent - 1, sent => sent, sent => sent, _ => 0);

        var error = await Assert.ThrowsAsync<BulkWriteIncompleteException>(() => _harness.DriveAsync(_harness.Ledger.BulkPutNonAtomicAsync(transfers, Token)));

        Assert.Equal(1, error.WrittenCount);
        Assert.Equal(2, error.NotWrittenCount);
        Assert.Contains("kept returning unprocessed items after the configured retries (CommitRetryAttempts)", error.Message, StringComparison.Ordinal);
        Assert.Null(error.InnerException);
        Assert.Equal([3, 2, 2], Sizes());
    }

    [Fact]
    public async Task BulkPutNonAtomicAsync_ResetsTheBudget_AfterProgress()
    {
        var transfers = RepositoryHarness.EntryFaker().Generate(3);
        LeaveUnprocessed(sent => sent, sent => sent - 1, sent => sent, _ => 0);

        var written = await _harness.DriveAsync(_harness.Ledger.BulkPutNonAtomicAsync(transfers, Token));

        Assert.Equal(3, written);
        Assert.Equal([3, 3, 2, 2], Sizes());
    }

    [Fact]
    public async Task BulkPutNonAtomicAsync_WaitsLongerBeforeEachRetry()
    {
        var harness = new RepositoryHarness(commitRetryAttempts: 5);
        var transfers = RepositoryHarness.EntryFaker().Generate(4);
        harness.Client.BatchWriteItemAsync(Arg.Any<BatchWriteItemRequest>(), Arg.Any<CancellationToken>()).Returns(
            call => Unprocessed(call, 1),
            call => Unprocessed(call, 1),
            call => Unprocessed(call, 1),
            _ => new BatchWriteItemResponse());

        var bulk = harness.Ledger.BulkPutNonAtomicAsync(transfers, Token);
        var waited = TimeSpan.Zero;
        var step = TimeSpan.FromMilliseconds(10);
        var seen = 1;
        var gaps = new List<TimeSpan>();
        var since = TimeSpan.Zero;
        while (!bulk.IsCompleted && waited < TimeSpan.FromMinutes(1))
        {
            harness.Time.Advance(step);
            waited += step;
            since += step;
            await Task.Delay(1, Token);
            var count = harness.CallCount();
            if (count > seen)
            {
                gaps.Add(since);
                since = TimeSpan.Zero;
                seen = count;
            }
        }

        await bulk;
        var baseDelay = harness.Options.RetryBaseDelay;
        Assert.Equal(3, gaps.Count);
        Assert.InRange(gaps[0], baseDelay / 2, baseDelay + (step * 3));
        Assert.InRange(gaps[1], baseDelay, (baseDelay * 2) + (step * 3));
        Assert.InRange(gaps[2], baseDelay * 2, (baseDelay * 4) + (step * 3));
    }

    [Fact]
    public async Task BulkDeleteNonAtomicAsync_ThrowsOperationCanceled_NotIncomplete_WhenCanceled()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        _harness.Client.BatchWriteItemAsync(Arg.Any<BatchWriteItemRequest>(), Arg.Any<CancellationToken>()).Returns(_ =>
        {
            cancellation.Cancel();
            return Task.FromException<BatchWriteItemResponse>(new OperationCanceledException(cancellation.Token));
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _harness.Ledger.BulkDeleteNonAtomicAsync(RepositoryHarness.EntryFaker().Generate(2), cancellation.Token));

        Assert.Equal(1, _harness.CallCount());
    }

    [Fact]
    public async Task BulkPutNonAtomicAsync_ThrowsIncomplete_WhenATimeoutOutlastsTheSdkRetries()
    {
        _harness.Client.BatchWriteItemAsync(Arg.Any<BatchWriteItemRequest>(), Arg.Any<CancellationToken>())
            .Returns(Task.FromException<BatchWriteItemResponse>(new TaskCanceledException("timed out")));

        var error = await Assert.ThrowsAsync<BulkWriteIncompleteException>(() => _harness.Ledger.BulkPutNonAtomicAsync(RepositoryHarness.EntryFaker().Generate(2), Token));

        Assert.Equal(0, error.WrittenCount);
        Assert.IsType<TaskCanceledException>(error.InnerException);
    }

    private static BatchWriteItemResponse Unprocessed(NSubstitute.Core.CallInfo call, int left)
    {
        var sent = ((BatchWriteItemRequest)call[0]).RequestItems[Table];
        return new BatchWriteItemResponse { UnprocessedItems = new() { [Table] = [.. sent.Take(left)] } };
    }

    private void LeaveUnprocessed(params Func<int, int>[] leftOfSent)
    {
        var call = 0;
        _harness.Client.BatchWriteItemAsync(Arg.Any<BatchWriteItemRequest>(), Arg.Any<CancellationToken>()).Returns(info =>
        {
            var sent = ((BatchWriteItemRequest)info[0]).RequestItems[Table];
            var left = leftOfSent[Math.Min(call++, leftOfSent.Length - 1)](sent.Count);
            return new BatchWriteItemResponse { UnprocessedItems = new() { [Table] = [.. sent.Take(left)] } };
        });
    }

    private List<int> Sizes() =>
        [.. _harness.Client.ReceivedCalls().Select(c => ((BatchWriteItemRequest)c.GetArguments()[0]!).RequestItems[Table].Count)];
}
