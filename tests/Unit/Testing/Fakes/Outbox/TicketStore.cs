using Dynamo.Repositories.Events;
using Dynamo.Repositories.Testing.Fakes;
using Dynamo.Repositories.UnitTests.Mapping;

namespace Dynamo.Repositories.UnitTests.Testing.Fakes.Outbox;

/// <summary>A store of versioned tickets whose domain events go through the outbox.</summary>
internal static class TicketStore
{
    public static InMemoryDynamoStore WithOutbox(Action<DynamoOutboxOptions>? configure = null) => new InMemoryDynamoStore(
        new Configuration<Ticket>(b =>
        {
            b.ToTable("Tickets").HasPartitionKey(t => t.Id).HasVersion(t => t.Version);
            b.Ignore(t => t.Events);
            b.HasDomainEvents(t => t.Events, t => t.ClearEvents());
        })).UseOutbox(configure);
}
