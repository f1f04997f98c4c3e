using System.Text.Json;
using Dynamo.Repositories.Testing.Fakes;
using Dynamo.Repositories.UnitTests.Mapping;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Fakes.Outbox;

/// <summary>The store's outbox: the production hooks stage records into the same commit, the production relay delivers them.</summary>
public sealed class InMemoryOutboxTests
{
    private readonly InMemoryDynamoStore _store = TicketStore.WithOutbox();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private DynamoRepository<Ticket> Tickets => _store.Repository<Ticket>();

    [Fact]
    public async Task SaveChangesAsync_WritesTheEventsToTheOutboxInTheSameCommit()
    {
        var ticket = Ticket.Open("t-1", "Printer jammed");
        ticket.Assign("bob");
        Tickets.Add(ticket);
        var before = _store.Executor.RequestCount;

        await _store.UnitOfWork.SaveChangesAsync(Token);

        // One TransactWriteItems for the ticket and its two records, then one marking the two records delivered after dispatch.
        Assert.Equal(2, _store.Executor.RequestCount - before);
        Assert.Collection(
            _store.Committed,
            t => Assert.Equal((typeof(Ticket), StagedWriteKind.Add, "(t-1)"), (t.EntityType, t.Kind, t.Key)),
            o => Assert.Equal((typeof(OutboxMessage), StagedWriteKind.Add), (o.EntityType, o.Kind)),
            o => Assert.Equal((typeof(OutboxMessage), StagedWriteKind.Add), (o.EntityType, o.Kind)));
        var records = _store.Outbox;
        Assert.Equal([typeof(TicketOpened), typeof(TicketAssigned)], records.Select(r => Type.GetType(r.EventType, throwOnError: true)));
        Assert.All(records, r => Assert.Equal(("Ticket", "(t-1)"), (r.EntityType, r.EntityKey)));
        Assert.Equal(new TicketAssigned("t-1", "bob"), JsonSerializer.Deserialize<TicketAssigned>(records[1].Payload, JsonSerializerOptions.Web));
        Assert.Equal(_store.Committed.Skip(1).Select(c => ((OutboxMessage)c.Entity!).Id), records.Select(r => r.Id));
        Assert.Equal([new TicketOpened("t-1", "Printer jammed"), new TicketAssigned("t-1", "bob")], _store.DispatchedEvents);
        Assert.Empty(_store.UndeliveredOutbox);
        Assert.Empty(ticket.Events);
    }

    [Fact]
    public async Task SaveChangesAsync_WritesNoRecordAndKeepsTheEvents_WhenTheCommitFails()
    {
        _store.Seed(new Ticket { Id = "t-1", Title = "Existing" });
        var duplicate = Ticket.Open("t-1", "Duplicate");
        Tickets.Add(duplicate);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.UnitOfWork.SaveChangesAsync(Token));

        Assert.Empty(_store.Outbox);
        Assert.Empty(_store.Committed);
        Assert.Empty(_store.DispatchedEvents);
        Assert.Equal([new TicketOpened("t-1", "Duplicate")], duplicate.Events);
    }

    [Fact]
    public async Task DeliverOutboxAsync_DeliversWhatTheDispatcherMissedOnce_AndMarksItDelivered()
    {
        var failing = Substitute.For<IDomainEventDispatcher>();
        failing.DispatchAsync(Arg.Any<object>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("broker down"));
        _store.DomainEventDispatcher = failing;
        var ticket = Ticket.Open("t-1", "Printer jammed");
        ticket.Assign("bob");
        await Tickets.AddAsync(ticket, Token);
        var committed = _store.Committed.Count;
        Assert.Equal(2, _store.UndeliveredOutbox.Count);
        var delivered = new List<object>();
        _store.DomainEventDispatcher = new RecordingDispatcher(delivered);

        var first = await _store.DeliverOutboxAsync(cancellationToken: Token);
        var second = await _store.DeliverOutboxAsync(cancellationToken: Token);

        Assert.Equal((2, 0), (first, second));
        Assert.Equal([new TicketOpened("t-1", "Printer jammed"), new TicketAssigned("t-1", "bob")], delivered);
        Assert.Empty(_store.UndeliveredOutbox);
        Assert.All(_store.Outbox, r => Assert.Equal(1, r.Attempts));
        Assert.Equal(committed, _store.Committed.Count);
    }

    [Fact]
    public async Task DeliverOutboxAsync_HandsTheMessagesToTheOutboxMessageHandler_WhenOneIsSet()
    {
        _store.DomainEventDispatcher = Substitute.For<IDomainEventDispatcher>();
        _store.DomainEventDispatcher.DispatchAsync(Arg.Any<object>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("down"));
        await Tickets.AddAsync(Ticket.Open("t-2", "Screen"), Token);
        var handler = Substitute.For<IOutboxMessageHandler>();
        _store.OutboxMessageHandler = handler;

        var delivered = await _store.DeliverOutboxAsync(cancellationToken: Token);

        Assert.Equal(1, delivered);
        var record = Assert.Single(_store.Outbox);
        await handler.Received(1).HandleAsync(Arg.Is<OutboxMessage>(m => m.Id == record.Id && m.EntityKey == "(t-2)"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task SaveChangesAsync_CountsOutboxRecordsInTheActionLimit_AndSendsNothing()
    {
        for (var i = 0; i < 99; i++)
        {
            Tickets.Add(new Ticket { Id = $"n-{i:D2}", Title = "quiet" });
        }

        var noisy = Ticket.Open("n-99", "noisy");
        Tickets.Update(noisy);
        var before = _store.Executor.RequestCount;

        var error = await Assert.ThrowsAsync<TransactionLimitException>(() => _store.UnitOfWork.SaveChangesAsync(Token));

        Assert.Contains("event", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, _store.Executor.RequestCount);
        Assert.Empty(_store.Outbox);
    }

    [Fact]
    public async Task UseOutbox_Throws_AfterTheStoreWasUsed_AndTheOutboxViewsThrow_WhenItIsOff()
    {
        var store = new InMemoryDynamoStore(new Configuration<Ticket>(b => b.HasPartitionKey(t => t.Id).Ignore(t => t.Events)));
        _ = store.Repository<Ticket>();

        var late = Assert.Throws<InvalidOperationException>(() => store.UseOutbox());
        var off = Assert.Throws<InvalidOperationException>(() => store.Outbox);
        var relay = await Assert.ThrowsAsync<InvalidOperationException>(() => store.DeliverOutboxAsync(cancellationToken: Token));

        Assert.Contains("right after the InMemoryDynamoStore constructor", late.Message, StringComparison.Ordinal);
        Assert.Contains("call store.UseOutbox()", off.Message, StringComparison.Ordinal);
        Assert.Equal(off.Message, relay.Message);
    }
}
