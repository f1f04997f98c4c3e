using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.UnitOfWork;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Repositories;

public sealed class ReloadTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReloadAndRetry_EndsAtExactly16_With16ConcurrentWorkers()
    {
        const int Workers = 16;
        await using var host = await UowTestHost.StartAsync(fixture, nameof(ReloadTests));
        var wallet = RepositoryWriteTests.WalletFaker(1601).Generate();
        wallet.Transfers = 0;
        await using (var setup = host.OpenScope())
        {
            await setup.Wallets.AddAsync(wallet, Token);
        }

        var conflicts = 0;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(
            async () =>
            {
                await using var scope = host.OpenScope();
                var mine = (await scope.Wallets.GetAsync(wallet.Id, Token))!;
                while (true)
                {
                    mine.Transfers++;
                    try
                    {
                        await scope.Wallets.UpdateAsync(mine, Token);
                        return;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                        scope.UnitOfWork.DiscardChanges();
                        Assert.True(await scope.Wallets.ReloadAsync(mine, Token));
                    }
                }
            },
            Token)));

        await using var check = host.OpenScope();
        var stored = (await check.Wallets.GetAsync(wallet.Id, Token))!;
        Assert.Equal(Workers, stored.Transfers);
        Assert.Equal(Workers + 1, stored.Version);
        Assert.True(conflicts > 0, "the workers never raced; the test proves nothing");
    }

    [Fact]
    public async Task ReloadAsync_RefreshesEveryMappedMember_AndReturnsFalseWhenTheItemIsGone()
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(ReloadTests) + "-gone");
        var wallet = RepositoryWriteTests.WalletFaker(1602).Generate();
        await using var scope = host.OpenScope();
        await scope.Wallets.AddAsync(wallet, Token);
        await using (var other = host.OpenScope())
        {
            var copy = (await other.Wallets.GetAsync(wallet.Id, Token))!;
            copy.Owner = "changed elsewhere";
            copy.Labels = ["x"];
            await other.Wallets.UpdateAsync(copy, Token);
        }

        var same = wallet;
        Assert.True(await scope.Wallets.ReloadAsync(wallet, Token));
        Assert.Same(same, wallet);
        Assert.Equal("changed elsewhere", wallet.Owner);
        Assert.Equal(["x"], wallet.Labels);
        Assert.Equal(2, wallet.Version);

        await scope.Wallets.DeleteAsync(wallet, Token);
        Assert.False(await scope.Wallets.ReloadAsync(wallet, Token));
        Assert.Equal("changed elsewhere", wallet.Owner);
    }
}
