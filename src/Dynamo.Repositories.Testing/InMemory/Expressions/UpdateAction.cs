namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>One action of an update expression.</summary>
/// <param name="Clause">SET, REMOVE, ADD or DELETE.</param>
/// <param name="Path">The path the action changes.</param>
/// <param name="Value">The value set, added or deleted (null for REMOVE).</param>
internal sealed record UpdateAction(string Clause, DocumentPath Path, UpdateValue? Value);
