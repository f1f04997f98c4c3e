using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.Repositories;
using Dynamo.Repositories.Tests.Model;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.UnitOfWork;

public sealed class RacingWriterTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(32)]
    public async Task ConcurrentUnitsOfWork_ExactlyOneWinsEachRound_WhenAllLoadedTheSameVersion(int writers)
    {
        await using var host = await UowTestHost.StartAsync(fixture, nameof(RacingWriterTests));
        var wallet = RepositoryWriteTests.WalletFaker(20 + writers).Generate();
        await using (var setup = host.OpenScope())
        {
            await setup.Wallets.AddAsync(wallet, Token);
        }

        for (var round = 0; round < 2; round++)
        {
            var scopes = Enumerable.Range(0, writers).Select(_ => host.OpenScope()).ToList();
            try
            {
                var loaded = await Task.WhenAll(scopes.Select(s => s.Wallets.GetAsync(wallet.Id, Token)));
                var entries = new List<LedgerEntry>();
                for (var i = 0; i < writers; i++)
                {
                    loaded[i]!.Transfers = (round * 1000) + i;
                    scopes[i].Wallets.Update(loaded[i]!);
                    entries.Add(new LedgerEntry { WalletId = wallet.Id, EntryId = $"round-{round}-writer-{i}", Amount = i });
                    scopes[i].Ledger.Add(entries[i]);
                }

                var failures = await Task.WhenAll(scopes.Select(async s =>
                {
                    try
                    {
                        await s.UnitOfWork.SaveChangesAsync(Token);
                        return null;
                    }
                    catch (Exception exception)
                    {
                        return exception;
                    }
                }));

                var winner = Assert.Single(Enumerable.Range(0, writers), i => failures[i] is null);
                Assert.All(failures.Where(f => f is not null), f => Assert.IsType<ConcurrencyConflictException>(f));
                Assert.All(Enumerable.Range(0, writers).Where(i => i != winner), i => Assert.Equal(round + 1, loaded[i]!.Version));
                await using var check = host.OpenScope();
                var stored = await check.Wallets.GetAsync(wallet.Id, Token);
                Assert.Equal(round + 2, stored!.Version);
                Assert.Equal((round * 1000) + winner, stored.Transfers);
                for (var i = 0; i < writers; i++)
                {
                    var entry = await check.Ledger.GetAsync(wallet.Id, entries[i].EntryId, Token);
                    Assert.Equal(i == winner, entry is not null);
                }
            }
            finally
            {
                foreach (var scope in scopes)
                {
                    await scope.DisposeAsync();
                }
            }
        }
    }

    [Fact]
    public async Task ReloadAndRetryLoops_EndAtExactlyN_WhenNWorkersIncrementOneCounter()
    {
        const int Workers = 10;
        await using var host = await UowTestHost.StartAsync(fixture, nameof(RacingWriterTests));
        var wallet = RepositoryWriteTests.WalletFaker(40).Generate();
        wallet.Transfers = 0;
        await using (var setup = host.OpenScope())
        {
            await setup.Wallets.AddAsync(wallet, Token);
        }

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(
            async () =>
            {
                for (var conflict = 0; ; conflict++)
                {
                    await using var scope = host.OpenScope();
                    var current = (await scope.Wallets.GetAsync(wallet.Id, Token))!;
                    current.Transfers++;
                    try
                    {
                        await scope.Wallets.UpdateAsync(current, Token);
                        return conflict;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        scope.UnitOfWork.DiscardChanges();
                    }
                }
            },
            Token)));

        await using var check = host.OpenScope();
        var stored = await check.Wallets.GetAsync(wallet.Id, Token);
        Assert.Equal(Workers, stored!.Transfers);
        Assert.Equal(1 + Workers, stored.Version);
    }
}
