using Dynamo.Repositories.Events;
using Dynamo.Repositories.Testing.Fakes;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Fakes.Outbox;

/// <summary>What one relay pass leaves for later: records younger than the delivery delay, and records whose delivery fails.</summary>
public sealed class OutboxRelayFailureTests
{
    private readonly InMemoryDynamoStore _store = TicketStore.WithOutbox(o => o.TableName = "Events");

    public OutboxRelayFailureTests()
    {
        // The dispatcher after commit fails, so every record stays undelivered for the relay.
        _store.DomainEventDispatcher = Substitute.For<IDomainEventDispatcher>();
        _store.DomainEventDispatcher.DispatchAsync(Arg.Any<object>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("broker down"));
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeliverOutboxAsync_LeavesRecordsYoungerThanTheDeliveryDelay()
    {
        await _store.Repository<Ticket>().AddAsync(Ticket.Open("t-1", "Printer jammed"), Token);
        var handler = Substitute.For<IOutboxMessageHandler>();
        _store.OutboxMessageHandler = handler;

        var delivered = await _store.DeliverOutboxAsync(new DynamoOutboxRelayOptions { DeliveryDelay = TimeSpan.FromHours(1) }, Token);

        Assert.Equal(0, delivered);
        Assert.Single(_store.UndeliveredOutbox);
        await handler.DidNotReceiveWithAnyArgs().HandleAsync(default!, default);
    }

    [Fact]
    public async Task DeliverOutboxAsync_KeepsARecordUndelivered_WhenItsHandlerFails_AndCountsTheAttempt()
    {
        await _store.Repository<Ticket>().AddAsync(Ticket.Open("t-1", "Printer jammed"), Token);
        var handler = Substitute.For<IOutboxMessageHandler>();
        handler.HandleAsync(Arg.Any<OutboxMessage>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("handler down"));
        _store.OutboxMessageHandler = handler;

        var delivered = await _store.DeliverOutboxAsync(cancellationToken: Token);

        Assert.Equal(0, delivered);
        Assert.Single(_store.UndeliveredOutbox);
        Assert.Equal(1, Assert.Single(_store.Outbox).Attempts);
        Assert.True(_store.Executor.HasTable("Events"));
    }
}
