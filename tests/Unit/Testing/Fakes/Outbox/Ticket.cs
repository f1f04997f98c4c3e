namespace Dynamo.Repositories.UnitTests.Testing.Fakes.Outbox;

/// <summary>An aggregate that keeps its domain events in a list of its own (configured with HasDomainEvents).</summary>
public sealed class Ticket
{
    private readonly List<object> _events = [];

    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public long Version { get; set; }

    public IReadOnlyList<object> Events => _events;

    public static Ticket Open(string id, string title)
    {
        var ticket = new Ticket { Id = id, Title = title };
        ticket._events.Add(new TicketOpened(id, title));
        return ticket;
    }

    public void Assign(string assignee) => _events.Add(new TicketAssigned(Id, assignee));

    public void ClearEvents() => _events.Clear();
}
