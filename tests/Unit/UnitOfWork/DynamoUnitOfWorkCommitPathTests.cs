using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

/// <summary>The commit path without hooks: no extra async layer, and what a commit completed is forgotten by its actions.</summary>
public sealed class DynamoUnitOfWorkCommitPathTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_KeepsAWriteStagedWhileTheCommitWasInFlight_AndForgetsOnlyTheCommittedOne()
    {
        var reply = new TaskCompletionSource<PutItemResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Client.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>()).Returns(reply.Task);
        var wallets = RepositoryHarness.WalletFaker().Generate(2);
        var versions = wallets.Select(w => w.Version).ToArray();
        _harness.Wallets.Add(wallets[0]);

        var commit = _harness.UnitOfWork.SaveChangesAsync(Token);
        _harness.Wallets.Add(wallets[1]);
        reply.SetResult(new PutItemResponse());
        var count = await commit;

        Assert.Equal(1, count);
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
        Assert.Same(wallets[1], Assert.Single(_harness.UnitOfWork.Staged).Entity);
        Assert.Equal(versions[0] + 1, wallets[0].Version);
        Assert.Equal(versions[1], wallets[1].Version);
    }

    [Fact]
    public async Task SaveChangesAsync_ReturnsACanceledTaskInsteadOfThrowing_WhenAlreadyCanceled()
    {
        _harness.Wallets.Add(RepositoryHarness.WalletFaker().Generate());

        var commit = _harness.UnitOfWork.SaveChangesAsync(new CancellationToken(canceled: true));

        Assert.True(commit.IsCanceled);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => commit);
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
        Assert.Empty(_harness.Client.ReceivedCalls());
    }
}
