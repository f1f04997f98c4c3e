namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>A secondary index of an in-memory table: its keys and which attributes it projects.</summary>
/// <param name="Name">The index name.</param>
/// <param name="PartitionKey">The index's partition key attribute.</param>
/// <param name="SortKey">The index's sort key attribute, or null.</param>
/// <param name="ProjectionType">ALL, KEYS_ONLY or INCLUDE.</param>
/// <param name="NonKeyAttributes">The attributes an INCLUDE projection adds to the keys.</param>
internal sealed record IndexSchema(string Name, string PartitionKey, string? SortKey, string ProjectionType, IReadOnlyList<string> NonKeyAttributes);
