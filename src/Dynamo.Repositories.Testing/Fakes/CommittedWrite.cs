namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>A write that an <see cref="InMemoryDynamoStore.UnitOfWork"/> committed (or a bulk method applied), for assertions in tests.</summary>
/// <param name="EntityType">The entity type written.</param>
/// <param name="Kind">What the write did, after folding (an Add then Update of one entity is recorded as one Add).</param>
/// <param name="Key">The key description, as in the library's messages, e.g. <c>(alice, o-1)</c>.</param>
/// <param name="Entity">
/// A snapshot of the entity as stored after the write (with its new version), or as it was stored before a Delete;
/// null for a condition check. It is a copy: changing it changes neither the store nor the application's instance.
/// </param>
public sealed record CommittedWrite(Type EntityType, StagedWriteKind Kind, string Key, object? Entity);
