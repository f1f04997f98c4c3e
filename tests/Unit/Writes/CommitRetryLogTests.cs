using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitTests.Harness;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>Each retry of a commit after a transaction conflict is logged once, counting from 1, with the budget.</summary>
public sealed class CommitRetryLogTests
{
    private readonly RepositoryHarness _harness = new(commitRetryAttempts: 3);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_LogsEachRetry_WithItsNumberAndTheBudget()
    {
        _harness.Wallets.Update(RepositoryHarness.WalletFaker().Generate());
        _harness.Ledger.Add(RepositoryHarness.EntryFaker().Generate());
        var conflict = new TransactionCanceledException("canceled") { CancellationReasons = [new() { Code = "TransactionConflict" }, new() { Code = "None" }] };
        _harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .Returns(_ => throw conflict, _ => throw conflict, _ => new TransactWriteItemsResponse());

        await _harness.DriveAsync(_harness.UnitOfWork.SaveChangesAsync(Token));

        Assert.Equal(
            [
                (LogLevel.Warning, "A commit of 2 staged write(s) was canceled by a conflict (TransactionCanceledException); retry 1 of 3."),
                (LogLevel.Warning, "A commit of 2 staged write(s) was canceled by a conflict (TransactionCanceledException); retry 2 of 3."),
            ],
            _harness.Logger.Entries);
    }
}
