namespace Dynamo.Repositories.Mapping;

/// <summary>A key member the compiled writer checks after writing: a table key (required) or an index key (optional).</summary>
/// <param name="Member">The index of the member in the mapped members.</param>
/// <param name="Required">Whether the key must be present (table keys); index keys may be absent.</param>
internal readonly record struct KeyCheck(int Member, bool Required);
