using System.Globalization;
using System.Net;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.UnitTests.UnitOfWork;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>How the failure of a single conditional request is mapped: conflicts, versions and every AWS error kind.</summary>
public sealed class CommitFailureSingleWriteTests
{
    private readonly UowHarness _harness = new(commitRetryAttempts: 0);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_ReportsBothVersions_WhenAVersionedUpsertMeetsANewerItem()
    {
        var account = UowHarness.AccountFaker().Generate();
        var loaded = account.Version;
        _harness.Accounts.Upsert(account);
        FailPut(new ConditionalCheckFailedException("The conditional request failed") { Item = Stored(account.Id, loaded + 2) });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(loaded, error.ExpectedVersion);
        Assert.Equal(loaded + 2, error.StoredVersion);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"the stored version is {loaded + 2}, but the entity was loaded with version {loaded}"), error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", error.Message, StringComparison.Ordinal);
        Assert.Equal(StagedWriteStatus.Failed, Assert.Single(error.Outcomes).Status);
        Assert.Equal("ConditionalCheckFailed", error.Outcomes[0].Reason);
        Assert.Equal(StagedWriteKind.Upsert, error.Outcomes[0].Kind);
        Assert.Equal(loaded, account.Version);
    }

    [Fact]
    public async Task SaveChangesAsync_ReportsTheExpectedVersionOnly_WhenAnUpsertFailsWithoutTheStoredItem()
    {
        var account = UowHarness.AccountFaker().Generate();
        _harness.Accounts.Upsert(account);
        FailPut(new ConditionalCheckFailedException("The conditional request failed"));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(account.Version, error.ExpectedVersion);
        Assert.Null(error.StoredVersion);
        Assert.Contains("the stored item does not match the version the entity was loaded with", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_ReportsNoVersions_WhenAnUnversionedUpdateFailsItsCondition()
    {
        var transfer = UowHarness.TransferFaker().Generate();
        _harness.Transfers.Update(transfer);
        _harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed") { Item = new() { ["AccountId"] = new() { S = transfer.AccountId } } });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Null(error.ExpectedVersion);
        Assert.Null(error.StoredVersion);
        Assert.Contains("does not match the version", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-number")]
    public async Task SaveChangesAsync_ReportsNoStoredVersion_WhenTheStoredVersionIsUnreadable(string? number)
    {
        var account = UowHarness.AccountFaker().Generate();
        _harness.Accounts.Update(account);
        var item = new Dictionary<string, AttributeValue> { ["Id"] = new() { S = account.Id }, ["Version"] = number is null ? new() { S = "7" } : new() { N = number } };
        _harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed") { Item = item });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Null(error.StoredVersion);
        Assert.Equal(account.Version, error.ExpectedVersion);
    }

    [Fact]
    public async Task SaveChangesAsync_SaysAnEarlierAttemptMayHaveDeleted_WhenASingleDeleteFindsNoItem()
    {
        var account = UowHarness.AccountFaker().Generate();
        _harness.Accounts.Delete(account);
        _harness.Client.DeleteItemAsync(Arg.Any<DeleteItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed"));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("an earlier attempt of this delete", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing was written", error.Message, StringComparison.Ordinal);
        Assert.Equal(account.Version, error.ExpectedVersion);
    }

    [Fact]
    public async Task SaveChangesAsync_SaysTheItemIsGone_WhenADeleteInATransactionFindsNoItem()
    {
        var accounts = UowHarness.AccountFaker().Generate(2);
        _harness.Accounts.Delete(accounts[0]);
        _harness.Accounts.Update(accounts[1]);
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new TransactionCanceledException("canceled") { CancellationReasons = [new() { Code = "ConditionalCheckFailed" }, new() { Code = "None" }] });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("no item with this key exists (it was deleted, or never created)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("an earlier attempt", error.Message, StringComparison.Ordinal);
        Assert.Contains("The other 1 staged write(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsTransactionConflict_WhenASingleWriteMeetsATransactionInProgress()
    {
        var account = StageUpdate();
        FailUpdate(new TransactionInProgressException("in progress"));

        var error = await Assert.ThrowsAsync<TransactionConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal($"({account.Id})", error.Key);
        Assert.Equal(typeof(Account), error.EntityType);
        Assert.Equal("TransactionConflict", Assert.Single(error.Outcomes).Reason);
        Assert.Contains("Nothing was written.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsThrottled_ForEachThrottlingError()
    {
        foreach (var throttling in new Exception[]
        {
            new ThrottlingException("slow down"),
            new RequestLimitExceededException("account limit"),
            new AmazonServiceException("slow down", ErrorType.Sender, "Throttling", "r-1", HttpStatusCode.BadRequest),
            new AmazonServiceException("slow down", ErrorType.Sender, "ThrottlingException", "r-2", HttpStatusCode.BadRequest),
        })
        {
            var harness = new UowHarness(commitRetryAttempts: 0);
            harness.Accounts.Update(UowHarness.AccountFaker().Generate());
            harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(throttling);

            var error = await Assert.ThrowsAsync<WriteThrottledException>(() => harness.UnitOfWork.SaveChangesAsync(Token));

            Assert.Same(throttling, error.InnerException);
            Assert.Equal(1, harness.CallCount());
        }
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsItemTooLarge_WhenTheItemCollectionIsFull()
    {
        StageUpdate();
        FailUpdate(new ItemCollectionSizeLimitExceededException("collection too large"));

        var error = await Assert.ThrowsAsync<ItemTooLargeException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal("ItemCollectionSizeLimitExceeded", Assert.Single(error.Outcomes).Reason);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsItemTooLarge_WhenDynamoRefusesTheItemSize()
    {
        StageUpdate();
        FailUpdate(new AmazonServiceException("Item size to update has exceeded the maximum allowed size", ErrorType.Sender, "ValidationException", "r-3", HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<ItemTooLargeException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal("ItemTooLarge", Assert.Single(error.Outcomes).Reason);
    }

    [Theory]
    [InlineData("One or more parameter values were invalid")]
    [InlineData("Item size is fine")]
    [InlineData("Limit exceeded for something")]
    public async Task SaveChangesAsync_ThrowsWriteRejected_WhenDynamoRefusesTheRequestForAnotherReason(string message)
    {
        StageUpdate();
        FailUpdate(new AmazonServiceException(message, ErrorType.Sender, "ValidationException", "r-4", HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("(ValidationError)", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_LetsAnUnknownFailureThrough_Unchanged()
    {
        StageUpdate();
        var failure = new InvalidOperationException("a bug in a handler");
        FailUpdate(failure);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Same(failure, error);
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsUnavailable_WhenATimeoutOutlastsTheSdkRetries()
    {
        var account = StageUpdate();
        FailUpdate(new TaskCanceledException("the request timed out"));

        var error = await Assert.ThrowsAsync<DynamoUnavailableException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal($"({account.Id})", error.Key);
        Assert.Contains("outcome is unknown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_MapsTheInnerFailure_WhenTheSdkResentAWriteThatThenFailedOtherwise()
    {
        var (context, executor) = OverExecutor();
        executor.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ResentRequestFailedException(3, new ProvisionedThroughputExceededException("slow down")));
        new DynamoRepository<Account>(context).Update(UowHarness.AccountFaker().Generate());

        var error = await Assert.ThrowsAsync<WriteThrottledException>(() => context.UnitOfWork.SaveChangesAsync(Token));

        Assert.IsType<ProvisionedThroughputExceededException>(error.InnerException);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsConflict_NotOutcomeUnknown_WhenAResentTransactionFailsItsCondition()
    {
        var (context, executor) = OverExecutor();
        executor.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ResentRequestFailedException(2, new TransactionCanceledException("canceled") { CancellationReasons = [new() { Code = "None" }, new() { Code = "ConditionalCheckFailed" }] }));
        var repository = new DynamoRepository<Account>(context);
        var accounts = UowHarness.AccountFaker().Generate(2);
        accounts.ForEach(repository.Update);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => context.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal($"({accounts[1].Id})", error.Key);
    }

    private Account StageUpdate()
    {
        var account = UowHarness.AccountFaker().Generate();
        _harness.Accounts.Update(account);
        return account;
    }

    private (DynamoContext Context, IDynamoExecutor Executor) OverExecutor()
    {
        var executor = Substitute.For<IDynamoExecutor>();
        return (DynamoContext.Create(executor, _harness.Options, UowHarness.Model, _harness.Time, NullLoggerFactory.Instance), executor);
    }

    private static Dictionary<string, AttributeValue> Stored(string id, long version) => new()
    {
        ["Id"] = new() { S = id },
        ["Version"] = new() { N = version.ToString(CultureInfo.InvariantCulture) },
    };

    private void FailPut(Exception exception) =>
        _harness.Client.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(exception);

    private void FailUpdate(Exception exception) =>
        _harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(exception);
}
