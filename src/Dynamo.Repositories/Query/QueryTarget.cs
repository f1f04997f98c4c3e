using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Query;

/// <summary>The table or one of its secondary indexes, with the keys a query on it can use.</summary>
/// <param name="Index">The index, or null for the table itself.</param>
/// <param name="PartitionKey">The partition key of the table or index.</param>
/// <param name="SortKey">The sort key of the table or index, or null.</param>
internal sealed record QueryTarget(IndexMetadata? Index, PropertyMetadata PartitionKey, PropertyMetadata? SortKey)
{
    /// <summary>Gets a description for messages: "the table" or "index ByStatus".</summary>
    public string Description => Index is null ? "the table" : $"index {Index.Name}";
}
