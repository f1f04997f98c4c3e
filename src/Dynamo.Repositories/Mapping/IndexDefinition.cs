using System.Reflection;

namespace Dynamo.Repositories.Mapping;

/// <summary>What a configuration declared about one secondary index (a local index has no partition key of its own).</summary>
internal sealed record IndexDefinition(string Name, bool IsGlobal, MemberInfo? PartitionKey, MemberInfo? SortKey);
