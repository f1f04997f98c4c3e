using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Events;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Events;

public sealed class OutboxTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Commit_WritesTwoEntitiesAndThreeEventsInOneTransactionOfFiveActions()
    {
        await using var host = EventsTestHost.Start(fixture, fixture.NewTablePrefix("outbox-five"), outbox: true);
        await using var scope = host.OpenScope();
        var account = Account.Open("a-1");
        account.Credit(7m);
        var parcel = new Parcel { Id = "p-1" };
        parcel.Ship("dhl");
        scope.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>().Add(account);
        scope.ServiceProvider.GetRequiredService<IDynamoRepository<Parcel>>().Add(parcel);
        host.Requests.Clear();

        var committed = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Token);

        Assert.Equal(5, committed);
        // The commit: one transaction of 5 Puts. Then, the events dispatched, one more marks their 3 records delivered.
        var transactions = host.Requests.Of<TransactWriteItemsRequest>();
        Assert.Equal(2, host.Requests.Count);
        Assert.Equal(5, transactions[0].TransactItems.Count);
        Assert.All(transactions[0].TransactItems, i => Assert.NotNull(i.Put));
        Assert.Equal(3, transactions[1].TransactItems.Count);
        Assert.All(transactions[1].TransactItems, i => Assert.NotNull(i.Update));
        Assert.Equal(3, host.Log.Dispatched.Count);
        var records = await host.OutboxAsync();
        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Null(r.Undelivered));  // dispatched, so marked delivered
        Assert.All(records, r => Assert.NotNull(r.ExpiresAt));
        var shipped = Assert.Single(records, r => r.EventType.StartsWith(typeof(ParcelShipped).FullName!, StringComparison.Ordinal));
        Assert.Equal("Parcel", shipped.EntityType);
        Assert.Equal("(p-1)", shipped.EntityKey);
        Assert.Equal("""{"parcelId":"p-1","carrier":"dhl"}""", shipped.Payload);
    }

    [Fact]
    public async Task Commit_IsRefusedBeforeSending_When99WritesAnd2EventsExceed100Actions()
    {
        await using var host = EventsTestHost.Start(fixture, fixture.NewTablePrefix("outbox-limit"), outbox: true);
        await using var scope = host.OpenScope();
        var parcels = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Parcel>>();
        for (var i = 0; i < 98; i++)
        {
            parcels.Add(new Parcel { Id = "p-" + i });
        }

        var account = Account.Open("a-limit");
        account.Credit(1m);
        scope.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>().Add(account);
        host.Requests.Clear();

        var error = await Assert.ThrowsAsync<TransactionLimitException>(() => scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Token));

        Assert.Equal(0, host.Requests.Count);
        Assert.Equal(101, error.ActionCount);
        Assert.Contains("2 of the 101 actions are outbox records of domain events (99 staged writes + 2 events)", error.Message, StringComparison.Ordinal);
        Assert.Equal(99, scope.ServiceProvider.GetRequiredService<IUnitOfWork>().PendingCount);
        Assert.Equal(2, account.Pending.Count);
        Assert.Empty(host.Log.Dispatched);
    }

    [Fact]
    public async Task DispatcherThrowingAfterCommit_LeavesRecordsUndelivered_AndTheRelayDeliversThem()
    {
        await using var host = EventsTestHost.Start(fixture, fixture.NewTablePrefix("outbox-throw"), outbox: true);
        host.Log.Throw = true;
        var account = Account.Open("a-2");
        await using (var scope = host.OpenScope())
        {
            account.Credit(3m);
            await scope.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>().AddAsync(account, Token);
        }

        Assert.Empty(account.Pending);
        Assert.Equal(1, account.Version);
        Assert.All(await host.OutboxAsync(), r => Assert.Equal(OutboxRecord.Pending, r.Undelivered));
        host.Log.Throw = false;

        var delivered = await host.Relay.DeliverPendingAsync(Token);

        Assert.Equal(2, delivered);
        Assert.Equal([new AccountOpened("a-2"), new AccountCredited("a-2", 3m)], host.Log.Dispatched.ToArray());
        Assert.All(await host.OutboxAsync(), r => Assert.Null(r.Undelivered));
        Assert.Equal(0, await host.Relay.DeliverPendingAsync(Token));
    }

    [Fact]
    public async Task CrashBetweenCommitAndDispatch_LosesNothing()
    {
        var prefix = fixture.NewTablePrefix("outbox-crash");
        var crashed = EventsTestHost.Start(fixture, prefix, outbox: true);
        crashed.Log.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var scope = crashed.OpenScope();
        var parcel = new Parcel { Id = "p-crash" };
        parcel.Ship("fedex");
        var commit = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Parcel>>().AddAsync(parcel, Token);
        await crashed.Log.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30), Token); // committed, dispatch under way

        await scope.DisposeAsync();   // the process "dies": scope and container gone before the dispatch finished
        await crashed.DisposeAsync();
        await using var restarted = EventsTestHost.Start(fixture, prefix, outbox: true);
        var delivered = await restarted.Relay.DeliverPendingAsync(Token);
        crashed.Log.Gate.SetResult();
        await commit; // the abandoned commit's own marking fails quietly (logged): its container is gone

        Assert.Equal(1, delivered);
        Assert.Equal([new ParcelShipped("p-crash", "fedex")], restarted.Log.Dispatched.ToArray());
    }

    [Fact]
    public async Task TwoRelaysRacingOver1000Records_DeliverEveryRecord()
    {
        var prefix = fixture.NewTablePrefix("outbox-race");
        var log = new EventLog();
        await using var first = EventsTestHost.Start(fixture, prefix, outbox: true, log, countingHandler: true);
        await using var second = EventsTestHost.Start(fixture, prefix, outbox: true, log, countingHandler: true);
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);
        var seeded = Enumerable.Range(0, 1000).Select(i => new OutboxRecord
        {
            Id = Guid.CreateVersion7(now.AddMilliseconds(i)).ToString(),
            EventType = typeof(AccountCredited).FullName + ", " + typeof(AccountCredited).Assembly.GetName().Name,
            OccurredAt = now,
            EntityType = nameof(Account),
            EntityKey = "(a-" + i + ")",
            Payload = """{"accountId":"a","amount":1}""",
            Undelivered = OutboxRecord.Pending,
        }).ToList();
        await using (var scope = first.OpenScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDynamoRepository<OutboxRecord>>().BulkPutNonAtomicAsync(seeded, Token);
        }

        var passes = await Task.WhenAll(Drain(first.Relay), Drain(second.Relay));

        Assert.Equal(1000, log.DeliveredIds.Count);
        Assert.True(seeded.TrueForAll(r => log.DeliveredIds.ContainsKey(r.Id)));
        Assert.All(await first.OutboxAsync(), r => Assert.Null(r.Undelivered));
        var duplicates = log.DeliveredIds.Values.Sum(n => n - 1);
        TestContext.Current.TestOutputHelper?.WriteLine($"two relays over 1000 records: {passes[0]} + {passes[1]} deliveries, {duplicates} duplicate(s)");
        Assert.Equal(1000 + duplicates, passes[0] + passes[1]);
        Assert.True(passes[0] > 0 && passes[1] > 0, "one relay did all the work; the race proves nothing");
    }

    private static Task<int> Drain(IOutboxRelay relay) => Task.Run(
        async () =>
        {
            var total = 0;
            for (var idle = 0; idle < 3;)
            {
                var delivered = await relay.DeliverPendingAsync(Token);
                total += delivered;
                idle = delivered == 0 ? idle + 1 : 0;
            }

            return total;
        },
        Token);
}
