namespace Dynamo.Repositories.UnitTests.Testing.Fakes.Outbox;

public sealed record TicketOpened(string TicketId, string Title);
