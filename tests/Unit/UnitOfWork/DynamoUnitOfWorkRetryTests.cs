using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

public sealed class DynamoUnitOfWorkRetryTests
{
    private readonly RepositoryHarness _harness = new(commitRetryAttempts: 3);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_RetriesWithTheSameToken_WhenTransactionConflicts()
    {
        var wallets = StageTwoUpdates();
        var conflict = Canceled("TransactionConflict");
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .Returns(_ => throw conflict, _ => throw conflict, _ => new TransactWriteItemsResponse());

        var count = await _harness.DriveAsync(_harness.UnitOfWork.SaveChangesAsync(Token));

        var tokens = _harness.Client.ReceivedCalls().Select(c => ((TransactWriteItemsRequest)c.GetArguments()[0]!).ClientRequestToken).ToList();
        Assert.Equal(2, count);
        Assert.Equal(3, tokens.Count);
        Assert.Single(tokens.Distinct());
        Assert.All(wallets, a => Assert.Equal(0, _harness.UnitOfWork.PendingCount));
    }

    [Fact]
    public async Task SaveChangesAsync_SendsOnceAndThrowsTyped_WhenThrottled_BecauseTheSdkOwnsThrottling()
    {
        var wallets = StageTwoUpdates();
        var versions = wallets.Select(a => a.Version).ToArray();
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ProvisionedThroughputExceededException("slow down"));

        await Assert.ThrowsAsync<WriteThrottledException>(() => _harness.DriveAsync(_harness.UnitOfWork.SaveChangesAsync(Token)));

        Assert.Equal(1, _harness.CallCount());
        Assert.Equal(versions, wallets.Select(a => a.Version));
        Assert.Equal(2, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_SendsOnceAndSaysTheOutcomeIsUnknown_WhenServerErrorsOutlastTheSdkRetries()
    {
        StageTwoUpdates();
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new AmazonDynamoDBExceptionFake("boom", HttpStatusCode.InternalServerError));

        var error = await Assert.ThrowsAsync<DynamoUnavailableException>(() => _harness.DriveAsync(_harness.UnitOfWork.SaveChangesAsync(Token)));

        Assert.Equal(1, _harness.CallCount());
        Assert.Contains("outcome is unknown", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing was written", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_DoesNotRetryTransportErrors_BecauseTheSdkOwnsThem()
    {
        _harness.Wallets.Update(RepositoryHarness.WalletFaker().Generate());
        _harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>())
            .Returns(_ => throw new HttpRequestException("connection reset"), _ => new UpdateItemResponse());

        await Assert.ThrowsAsync<DynamoUnavailableException>(() => _harness.DriveAsync(_harness.UnitOfWork.SaveChangesAsync(Token)));

        Assert.Equal(1, _harness.CallCount());
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_DoesNotRetry_WhenAConditionFails()
    {
        StageTwoUpdates();
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(Canceled("ConditionalCheckFailed"));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(1, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_WaitsForBackoff_BeforeRetrying()
    {
        StageTwoUpdates();
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .Returns(_ => throw Canceled("TransactionConflict"), _ => new TransactWriteItemsResponse());

        var save = _harness.UnitOfWork.SaveChangesAsync(Token);
        _harness.Time.Advance((_harness.Options.RetryBaseDelay / 2) - TimeSpan.FromMilliseconds(1));
        var callsBeforeBackoff = _harness.CallCount();
        await _harness.DriveAsync(save);

        Assert.Equal(1, callsBeforeBackoff);
        Assert.Equal(2, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsOperationCanceled_AndKeepsStagedWrites_WhenCanceledDuringBackoff()
    {
        StageTwoUpdates();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(Canceled("TransactionConflict"));

        var save = _harness.UnitOfWork.SaveChangesAsync(cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => save);
        Assert.Equal(2, _harness.UnitOfWork.PendingCount);
        Assert.Equal(1, _harness.CallCount());
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsOperationCanceledWithoutSending_WhenAlreadyCanceled()
    {
        StageTwoUpdates();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _harness.UnitOfWork.SaveChangesAsync(new CancellationToken(canceled: true)));

        Assert.Equal(0, _harness.CallCount());
        Assert.Equal(2, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsOutcomeUnknown_WhenTheSdkResentASingleWriteThatThenFailedItsCondition()
    {
        var executor = Substitute.For<IDynamoExecutor>();
        var failed = new ConditionalCheckFailedException("The conditional request failed");
        SdkResends.Mark(failed, 2);
        executor.UpdateEntityAsync(Arg.Any<EntityWrite>(), Arg.Any<ReturnConsumedCapacity?>(), Arg.Any<CancellationToken>()).ThrowsAsync(failed);
        var context = DynamoContext.Create(executor, _harness.Options, RepositoryHarness.Model, _harness.Time, NullLoggerFactory.Instance);
        var wallet = RepositoryHarness.WalletFaker().Generate();
        var version = wallet.Version;
        new DynamoRepository<Wallet>(context).Update(wallet);

        var error = await Assert.ThrowsAsync<CommitOutcomeUnknownException>(() => context.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("may have been applied", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing was written", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, context.UnitOfWork.PendingCount);
        Assert.Equal(version, wallet.Version);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsOutcomeUnknown_WhenAReplayedTransactionMeetsIdempotentParameterMismatch()
    {
        StageTwoUpdates();
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new IdempotentParameterMismatchException("token reused with another payload"));

        var error = await Assert.ThrowsAsync<CommitOutcomeUnknownException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("probably applied", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing was written", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _harness.UnitOfWork.PendingCount);
    }

    private List<Wallet> StageTwoUpdates()
    {
        var wallets = RepositoryHarness.WalletFaker().Generate(2);
        wallets.ForEach(_harness.Wallets.Update);
        return wallets;
    }

    private static TransactionCanceledException Canceled(string code) =>
        new("Transaction cancelled") { CancellationReasons = [new() { Code = code }, new() { Code = "None" }] };

    private sealed class AmazonDynamoDBExceptionFake(string message, HttpStatusCode status)
        : AmazonServiceException(message, ErrorType.Receiver, "InternalFailure", "request-1", status);
}
