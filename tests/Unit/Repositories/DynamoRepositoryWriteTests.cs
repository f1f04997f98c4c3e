using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Repositories;

public sealed class DynamoRepositoryWriteTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAsync_StagesAndCommits_WithOnePutItem()
    {
        var wallet = RepositoryHarness.WalletFaker().Generate();

        var added = await _harness.Wallets.AddAsync(wallet, Token);

        Assert.Same(wallet, added);
        await _harness.Client.Received(1).PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>());
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task AddRangeAsync_CommitsOneTransaction_WithEveryEntity()
    {
        var entries = RepositoryHarness.EntryFaker().Generate(5);

        await _harness.Ledger.AddRangeAsync(entries, Token);

        var request = (TransactWriteItemsRequest)_harness.Client.ReceivedCalls().Single().GetArguments()[0]!;
        Assert.Equal(5, request.TransactItems.Count);
    }

    [Fact]
    public async Task UpdateAsync_CommitsOtherStagedWritesToo_LikeASharedDbContext()
    {
        _harness.Ledger.Add(RepositoryHarness.EntryFaker().Generate());

        var count = await _harness.Wallets.UpdateAsync(RepositoryHarness.WalletFaker().Generate(), Token);

        Assert.Equal(2, count);
        await _harness.Client.Received(1).TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task DeleteRangeAsync_StagesDeletes_AndReturnsTheCount()
    {
        var count = await _harness.Ledger.DeleteRangeAsync(RepositoryHarness.EntryFaker().Generate(3), Token);

        Assert.Equal(3, count);
    }

    [Fact]
    public async Task UpsertAsync_ReturnsTheEntityWithBumpedVersion()
    {
        var wallet = RepositoryHarness.WalletFaker().Generate();
        var loaded = wallet.Version;

        var written = await _harness.Wallets.UpsertAsync(wallet, Token);

        Assert.Equal(loaded + 1, written.Version);
    }

    [Fact]
    public async Task BulkPutNonAtomicAsync_SendsBatchesOf25()
    {
        _harness.Client.BatchWriteItemAsync(Arg.Any<BatchWriteItemRequest>(), Arg.Any<CancellationToken>()).Returns(new BatchWriteItemResponse());

        var written = await _harness.Ledger.BulkPutNonAtomicAsync(RepositoryHarness.EntryFaker().Generate(60), Token);

        var sizes = _harness.Client.ReceivedCalls().Select(c => ((BatchWriteItemRequest)c.GetArguments()[0]!).RequestItems["test-Ledger"].Count).ToList();
        Assert.Equal(60, written);
        Assert.Equal([25, 25, 10], sizes);
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task BulkPutNonAtomicAsync_RetriesUnprocessedItems_UntilDone()
    {
        var entries = RepositoryHarness.EntryFaker().Generate(3);
        _harness.Client.BatchWriteItemAsync(Arg.Any<BatchWriteItemRequest>(), Arg.Any<CancellationToken>()).Returns(
            call => new BatchWriteItemResponse
            {
                UnprocessedItems = new() { ["test-Ledger"] = [.. ((BatchWriteItemRequest)call[0]).RequestItems["test-Ledger"].Skip(1)] },
            },
            _ => new BatchWriteItemResponse());

        var written = await _harness.DriveAsync(_harness.Ledger.BulkPutNonAtomicAsync(entries, Token));

        var sizes = _harness.Client.ReceivedCalls().Select(c => ((BatchWriteItemRequest)c.GetArguments()[0]!).RequestItems["test-Ledger"].Count).ToList();
        Assert.Equal(3, written);
        Assert.Equal([3, 2], sizes);
    }

    [Fact]
    public async Task BulkDeleteNonAtomicAsync_ThrowsIncompleteWithCounts_WhenItemsStayUnprocessed()
    {
        var entries = RepositoryHarness.EntryFaker().Generate(30);
        _harness.Client.BatchWriteItemAsync(Arg.Any<BatchWriteItemRequest>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            var requests = ((BatchWriteItemRequest)call[0]).RequestItems["test-Ledger"];
            return new BatchWriteItemResponse { UnprocessedItems = new() { ["test-Ledger"] = requests.Count == 5 ? requests : [] } };
        });

        var error = await Assert.ThrowsAsync<BulkWriteIncompleteException>(() => _harness.DriveAsync(_harness.Ledger.BulkDeleteNonAtomicAsync(entries, Token)));

        Assert.Equal(25, error.WrittenCount);
        Assert.Equal(5, error.NotWrittenCount);
        Assert.Contains("5 item(s) were not written", error.Message, StringComparison.Ordinal);
        Assert.Equal(1 + 1 + _harness.Options.CommitRetryAttempts, _harness.CallCount());
    }

    [Fact]
    public async Task BulkPutNonAtomicAsync_ThrowsDuplicateWithoutSending_WhenAKeyRepeats()
    {
        var entries = RepositoryHarness.EntryFaker().Generate(3);
        entries[2].WalletId = entries[0].WalletId;
        entries[2].EntryId = entries[0].EntryId;

        await Assert.ThrowsAsync<DuplicateWriteException>(() => _harness.Ledger.BulkPutNonAtomicAsync(entries, Token));

        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task BulkPutNonAtomicAsync_ThrowsIncomplete_WhenDynamoRefusesTheRequest()
    {
        _harness.Client.BatchWriteItemAsync(Arg.Any<BatchWriteItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ResourceNotFoundException("Requested resource not found"));

        var error = await Assert.ThrowsAsync<BulkWriteIncompleteException>(() => _harness.Ledger.BulkPutNonAtomicAsync(RepositoryHarness.EntryFaker().Generate(2), Token));

        Assert.Equal(2, error.NotWrittenCount);
        Assert.IsType<ResourceNotFoundException>(error.InnerException);
    }
}
