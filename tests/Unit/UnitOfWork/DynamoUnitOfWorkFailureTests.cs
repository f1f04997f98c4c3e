using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

public sealed class DynamoUnitOfWorkFailureTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_MapsCancellationReasonsInStagingOrder_WhenOneConditionFails()
    {
        var wallets = RepositoryHarness.WalletFaker().Generate(3);
        var versions = wallets.Select(a => a.Version).ToArray();
        foreach (var wallet in wallets)
        {
            _harness.Wallets.Update(wallet);
        }

        FailTransaction(
            new CancellationReason { Code = "None" },
            new CancellationReason
            {
                Code = "ConditionalCheckFailed",
                Item = new Dictionary<string, AttributeValue> { ["Id"] = new() { S = wallets[1].Id }, ["Version"] = new() { N = (versions[1] + 3).ToString(System.Globalization.CultureInfo.InvariantCulture) } },
            },
            new CancellationReason { Code = "None" });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(typeof(Wallet), error.EntityType);
        Assert.Equal($"({wallets[1].Id})", error.Key);
        Assert.Equal(versions[1], error.ExpectedVersion);
        Assert.Equal(versions[1] + 3, error.StoredVersion);
        Assert.Equal([StagedWriteStatus.NotAtFault, StagedWriteStatus.Failed, StagedWriteStatus.NotAtFault], error.Outcomes.Select(o => o.Status));
        Assert.Equal(wallets.Select(a => $"({a.Id})"), error.Outcomes.Select(o => o.Key));
        Assert.Contains("not at fault", error.Message, StringComparison.Ordinal);
        Assert.Equal(versions, wallets.Select(a => a.Version));
        Assert.Equal(3, _harness.UnitOfWork.PendingCount);
        Assert.IsType<TransactionCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsConcurrencyConflictNamingExistingKey_WhenAddFindsTheItem()
    {
        var wallet = RepositoryHarness.WalletFaker().Generate();
        var loaded = wallet.Version;
        _harness.Wallets.Add(wallet);
        _harness.Client.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed") { Item = new() { ["Id"] = new() { S = wallet.Id } } });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Contains(wallet.Id, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wallet.Owner, error.Message, StringComparison.Ordinal);
        Assert.Equal(StagedWriteStatus.Failed, Assert.Single(error.Outcomes).Status);
        Assert.Equal(loaded, wallet.Version);
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsConcurrencyConflictWithoutStoredVersion_WhenUpdatedItemIsGone()
    {
        var wallet = RepositoryHarness.WalletFaker().Generate();
        _harness.Wallets.Update(wallet);
        _harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed"));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Null(error.StoredVersion);
        Assert.Contains("no item with this key exists", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TransactionConflict", typeof(TransactionContentionException))]
    [InlineData("ThrottlingError", typeof(WriteThrottledException))]
    [InlineData("ProvisionedThroughputExceeded", typeof(WriteThrottledException))]
    [InlineData("ValidationError", typeof(WriteRejectedException))]
    [InlineData("ItemCollectionSizeLimitExceeded", typeof(ItemTooLargeException))]
    public async Task SaveChangesAsync_MapsReasonToItsOwnType_AfterRetriesWhereSafe(string code, Type expected)
    {
        var harness = new RepositoryHarness(commitRetryAttempts: 1);
        var entries = RepositoryHarness.EntryFaker().Generate(2);
        harness.Ledger.Add(entries[0]);
        harness.Ledger.Add(entries[1]);
        harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new TransactionCanceledException("canceled") { CancellationReasons = [new() { Code = "None" }, new() { Code = code }] });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => harness.DriveAsync(harness.UnitOfWork.SaveChangesAsync(Token)));

        var typed = Assert.IsAssignableFrom<UnitOfWorkException>(error);
        Assert.IsType(expected, error);
        Assert.Equal($"({entries[1].WalletId}, {entries[1].EntryId})", typed.Key);
        Assert.Equal(StagedWriteStatus.NotAtFault, typed.Outcomes[0].Status);
        Assert.Equal(code, typed.Outcomes[1].Reason);
        Assert.Equal(2, harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_ThrowsWriteRejectedNamingTable_WhenTheTableIsMissing()
    {
        _harness.Ledger.Add(RepositoryHarness.EntryFaker().Generate());
        _harness.Client.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ResourceNotFoundException("Requested resource not found"));

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => _harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("test-Ledger", error.Message, StringComparison.Ordinal);
    }

    private void FailTransaction(params CancellationReason[] reasons) =>
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new TransactionCanceledException("Transaction cancelled") { CancellationReasons = [.. reasons] });
}
