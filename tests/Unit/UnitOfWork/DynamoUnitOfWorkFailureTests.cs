using Amazon.DynamoDBv2.Model;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

public sealed class DynamoUnitOfWorkFailureTests
{
    private readonly UowHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_MapsCancellationReasonsInStagingOrder_WhenOneConditionFails()
    {
        var accounts = UowHarness.AccountFaker().Generate(3);
        var versions = accounts.Select(a => a.Version).ToArray();
        foreach (var account in accounts)
        {
            _harness.Accounts.Update(account);
        }

        FailTransaction(
            new CancellationReason { Code = "None" },
            new CancellationReason
            {
                Code = "ConditionalCheckFailed",
                Item = new Dictionary<string, AttributeValue> { ["Id"] = new() { S = accounts[1].Id }, ["Version"] = new() { N = (versions[1] + 3).ToString(System.Globalization.CultureInfo.InvariantCulture) } },
            },
            new CancellationReason { Code = "None" });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(typeof(Account), error.EntityType);
        Assert.Equal($"({accounts[1].Id})", error.Key);
        Assert.Equal(versions[1], error.ExpectedVersion);
        Assert.Equal(versions[1] + 3, error.StoredVersion);
        Assert.Equal([StagedWriteStatus.NotAtFault, StagedWriteStatus.Failed, StagedWriteStatus.NotAtFault], error.Outcomes.Select(o => o.Status));
        Assert.Equal(accounts.Select(a => $"({a.Id})"), error.Outcomes.Select(o => o.Key));
        Assert.Contains("not at fault", error.Message, StringComparison.Ordinal);
        Assert.Equal(versions, accounts.Select(a => a.Version));
        Assert.Equal(3, _harness.UnitOfWork.PendingCount);
        Assert.IsType<TransactionCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsConcurrencyConflictNamingExistingKey_WhenAddFindsTheItem()
    {
        var account = UowHarness.AccountFaker().Generate();
        var loaded = account.Version;
        _harness.Accounts.Add(account);
        _harness.Client.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed") { Item = new() { ["Id"] = new() { S = account.Id } } });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Contains(account.Id, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(account.Owner, error.Message, StringComparison.Ordinal);
        Assert.Equal(StagedWriteStatus.Failed, Assert.Single(error.Outcomes).Status);
        Assert.Equal(loaded, account.Version);
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsConcurrencyConflictWithoutStoredVersion_WhenUpdatedItemIsGone()
    {
        var account = UowHarness.AccountFaker().Generate();
        _harness.Accounts.Update(account);
        _harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed"));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Null(error.StoredVersion);
        Assert.Contains("no item with this key exists", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TransactionConflict", typeof(TransactionConflictException))]
    [InlineData("ThrottlingError", typeof(WriteThrottledException))]
    [InlineData("ProvisionedThroughputExceeded", typeof(WriteThrottledException))]
    [InlineData("ValidationError", typeof(WriteRejectedException))]
    [InlineData("ItemCollectionSizeLimitExceeded", typeof(ItemTooLargeException))]
    public async Task SaveChangesAsync_MapsReasonToItsOwnType_AfterRetriesWhereSafe(string code, Type expected)
    {
        var harness = new UowHarness(commitRetryAttempts: 1);
        var transfers = UowHarness.TransferFaker().Generate(2);
        harness.Transfers.Add(transfers[0]);
        harness.Transfers.Add(transfers[1]);
        harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new TransactionCanceledException("canceled") { CancellationReasons = [new() { Code = "None" }, new() { Code = code }] });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => harness.DriveAsync(harness.UnitOfWork.SaveChangesAsync(Token)));

        var typed = Assert.IsAssignableFrom<UnitOfWorkException>(error);
        Assert.IsType(expected, error);
        Assert.Equal($"({transfers[1].AccountId}, {transfers[1].TransferId})", typed.Key);
        Assert.Equal(StagedWriteStatus.NotAtFault, typed.Outcomes[0].Status);
        Assert.Equal(code, typed.Outcomes[1].Reason);
        Assert.Equal(2, harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsWriteRejectedNamingTable_WhenTheTableIsMissing()
    {
        _harness.Transfers.Add(UowHarness.TransferFaker().Generate());
        _harness.Client.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ResourceNotFoundException("Requested resource not found"));

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("test-Transfers", error.Message, StringComparison.Ordinal);
    }

    private void FailTransaction(params CancellationReason[] reasons) =>
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new TransactionCanceledException("Transaction cancelled") { CancellationReasons = [.. reasons] });
}
