using Ardalis.Specification;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Events;

public sealed class DomainEventTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_DispatchesEachEventOnceInStagingOrder_AndClearsThem()
    {
        await using var host = EventsTestHost.Start(fixture, fixture.NewTablePrefix("events-once"), outbox: false);
        await using var scope = host.OpenScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>();
        var parcels = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Parcel>>();
        var account = Account.Open("a-1");
        account.Credit(10m);
        var parcel = new Parcel { Id = "p-1" };
        parcel.Ship("ups");
        accounts.Add(account);
        parcels.Add(parcel);

        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Token);

        Assert.Equal([new AccountOpened("a-1"), new AccountCredited("a-1", 10m), new ParcelShipped("p-1", "ups")], host.Log.Dispatched.ToArray());
        Assert.Empty(account.Pending);
        Assert.Empty(parcel.Events);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Token);
        Assert.Equal(3, host.Log.Dispatched.Count);
    }

    [Fact]
    public async Task VersionConflict_DispatchesNothing_AndKeepsTheEventOnTheEntity()
    {
        await using var host = EventsTestHost.Start(fixture, fixture.NewTablePrefix("events-conflict"), outbox: false);
        await using (var setup = host.OpenScope())
        {
            await setup.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>().AddAsync(new Account { Id = "a-2" }, Token);
        }

        await using var first = host.OpenScope();
        await using var second = host.OpenScope();
        var mine = (await first.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>().GetAsync("a-2", Token))!;
        var theirs = (await second.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>().GetAsync("a-2", Token))!;
        theirs.Balance = 1m;
        await second.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>().UpdateAsync(theirs, Token);
        mine.Credit(5m);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => first.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>().UpdateAsync(mine, Token));

        Assert.Empty(host.Log.Dispatched);
        Assert.Equal([new AccountCredited("a-2", 5m)], mine.Pending);
    }

    [Fact]
    public async Task EveryCommitPath_DispatchesTheStagedEvents()
    {
        await using var host = EventsTestHost.Start(fixture, fixture.NewTablePrefix("events-paths"), outbox: false);
        await using var scope = host.OpenScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>();
        var parcels = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Parcel>>();

        await accounts.AddAsync(Account.Open("a-3"), Token);                           // Ardalis AddAsync
        await accounts.AddRangeAsync([Account.Open("a-4"), Account.Open("a-5")], Token); // AddRangeAsync
        var account = (await accounts.GetAsync("a-3", Token))!;
        account.Credit(1m);
        await accounts.UpdateAsync(account, Token);                                      // UpdateAsync
        await parcels.AddAsync(new Parcel { Id = "p-old" }, Token);
        account.Credit(2m);
        accounts.Update(account);
        await parcels.DeleteRangeAsync(new ParcelById("p-old"), Token);                 // DeleteRangeAsync(spec) commits the scope
        account.Credit(3m);
        await accounts.DeleteAsync(account, Token);                                      // DeleteAsync

        Assert.Equal(
            [
                new AccountOpened("a-3"), new AccountOpened("a-4"), new AccountOpened("a-5"), new AccountCredited("a-3", 1m),
                new AccountCredited("a-3", 2m), new AccountCredited("a-3", 3m),
            ],
            host.Log.Dispatched.ToArray());
        Assert.Null(await parcels.GetAsync("p-old", Token));
    }

    [Fact]
    public async Task Interceptor_SeesEveryPhase_AndCanStageMoreBeforeTheCommit()
    {
        var log = new EventLog();
        var services = new ServiceCollection().AddSingleton(log).AddSingleton<AuditTrail>();
        services.AddDynamoRepositoriesFromTypes(
            o =>
            {
                o.ServiceUrl = fixture.ServiceUrl;
                o.TablePrefix = fixture.NewTablePrefix("events-icpt");
            },
            [typeof(AccountConfiguration), typeof(ParcelConfiguration)]);
        services.AddDomainEventDispatcher<RecordingDispatcher>().AddCommitInterceptor<AuditInterceptor>();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<Dynamo.Repositories.Tables.IDynamoTableManager>().CreateTablesAsync(Token);
        var trail = provider.GetRequiredService<AuditTrail>();
        await using var scope = provider.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>();

        await accounts.AddAsync(Account.Open("a-6"), Token);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => accounts.AddAsync(new Account { Id = "a-6" }, Token));
        scope.ServiceProvider.GetRequiredService<IUnitOfWork>().DiscardChanges();

        Assert.Equal(["before Account:Add", "after Account:Add,Parcel:Add", "before Account:Add", "failed ConcurrencyConflictException"], trail.Lines);
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IDynamoRepository<Parcel>>().GetAsync("audit-a-6", Token));
    }

    [Fact]
    public async Task EventsWithNeitherDispatcherNorOutbox_AreRefusedBeforeSending()
    {
        var services = new ServiceCollection().AddDynamoRepositoriesFromTypes(
            o =>
            {
                o.ServiceUrl = fixture.ServiceUrl;
                o.TablePrefix = fixture.NewTablePrefix("events-none");
            },
            [typeof(AccountConfiguration), typeof(ParcelConfiguration)]);
        services.AddCommitInterceptor<ThrowingInterceptor>();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();
        var log = new Query.RequestLog(provider.GetRequiredService<Amazon.DynamoDBv2.IAmazonDynamoDB>());
        var accounts = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Account>>();

        var error = await Assert.ThrowsAsync<EntityConfigurationException>(() => accounts.AddAsync(Account.Open("a-7"), Token));
        scope.ServiceProvider.GetRequiredService<IUnitOfWork>().DiscardChanges();
        var aborted = await Assert.ThrowsAsync<InvalidOperationException>(() => accounts.AddAsync(new Account { Id = "a-8" }, Token));

        Assert.Contains("no IDomainEventDispatcher is registered and the outbox is off", error.Message, StringComparison.Ordinal);
        Assert.Equal("interceptor refused", aborted.Message);
        Assert.Equal(1, scope.ServiceProvider.GetRequiredService<IUnitOfWork>().PendingCount);
        Assert.Equal(0, log.Count);
    }

    private sealed class ThrowingInterceptor : ICommitInterceptor
    {
        public Task BeforeCommitAsync(CommitContext context, CancellationToken cancellationToken) =>
            context.Entries[0].Entity is Account { Pending.Count: 0 } ? throw new InvalidOperationException("interceptor refused") : Task.CompletedTask;
    }

    private sealed class ParcelById : Specification<Parcel>
    {
        public ParcelById(string id) => Query.Where(p => p.Id == id);
    }
}
