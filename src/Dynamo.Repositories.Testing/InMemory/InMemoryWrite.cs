namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>One write committed by an <see cref="InMemoryUnitOfWork"/>, for assertions in domain unit tests.</summary>
/// <param name="Kind">What was written.</param>
/// <param name="EntityType">The entity type written.</param>
/// <param name="Key">The key written, e.g. <c>(customer-1, order-7)</c>.</param>
/// <param name="Entity">The entity instance staged (null for condition checks).</param>
public sealed record InMemoryWrite(StagedWriteKind Kind, Type EntityType, string Key, object? Entity);
