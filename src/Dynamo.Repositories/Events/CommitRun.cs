namespace Dynamo.Repositories.Events;

/// <summary>What the hooks of one commit collected before it was prepared: the interceptors' view, the events read, the outbox records staged.</summary>
/// <param name="Context">The commit as the interceptors see it.</param>
/// <param name="Events">The domain events of the staged entities, in staging order.</param>
/// <param name="Records">The outbox records staged for them (same order), or empty with the outbox off.</param>
internal sealed record CommitRun(CommitContext Context, IReadOnlyList<RaisedEvent> Events, IReadOnlyList<OutboxRecord> Records);
