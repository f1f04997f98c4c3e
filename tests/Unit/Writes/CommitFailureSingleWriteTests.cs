using System.Globalization;
using System.Net;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>How the failure of a single conditional request is mapped: conflicts, versions and every AWS error kind.</summary>
public sealed class CommitFailureSingleWriteTests
{
    private readonly RepositoryHarness _harness = new(commitRetryAttempts: 0);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_ReportsBothVersions_WhenAVersionedUpsertMeetsANewerItem()
    {
        var account = RepositoryHarness.WalletFaker().Generate();
        var loaded = account.Version;
        _harness.Wallets.Upsert(account);
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
        var account = RepositoryHarness.WalletFaker().Generate();
        _harness.Wallets.Upsert(account);
        FailPut(new ConditionalCheckFailedException("The conditional request failed"));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(account.Version, error.ExpectedVersion);
        Assert.Null(error.StoredVersion);
        Assert.Contains("the stored item does not match the version the entity was loaded with", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_ReportsNoVersions_WhenAnUnversionedUpdateFailsItsCondition()
    {
        var transfer = RepositoryHarness.EntryFaker().Generate();
        _harness.Ledger.Update(transfer);
        _harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed") { Item = new() { ["WalletId"] = new() { S = transfer.WalletId } } });

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
        var account = RepositoryHarness.WalletFaker().Generate();
        _harness.Wallets.Update(account);
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
        var account = RepositoryHarness.WalletFaker().Generate();
        _harness.Wallets.Delete(account);
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
        var accounts = RepositoryHarness.WalletFaker().Generate(2);
        _harness.Wallets.Delete(accounts[0]);
        _harness.Wallets.Update(accounts[1]);
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

        var error = await Assert.ThrowsAsync<TransactionContentionException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal($"({account.Id})", error.Key);
        Assert.Equal(typeof(Wallet), error.EntityType);
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
            var harness = new RepositoryHarness(commitRetryAttempts: 0);
            harness.Wallets.Update(RepositoryHarness.WalletFaker().Generate());
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

    private Wallet StageUpdate()
    {
        var account = RepositoryHarness.WalletFaker().Generate();
        _harness.Wallets.Update(account);
        return account;
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
