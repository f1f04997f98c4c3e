namespace Dynamo.Repositories.UnitTests.Testing.Fakes.Outbox;

public sealed record TicketAssigned(string TicketId, string Assignee);
