using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata;

/// <summary>
/// What an entity's writer knows of the item it has just written, so nothing has to be looked up or measured again:
/// the table key values and an upper bound of the item's size (as <c>ItemSizeEstimator.Bound</c> computes it).
/// </summary>
/// <param name="Partition">The partition key value.</param>
/// <param name="Sort">The sort key value (null when the table has none).</param>
/// <param name="SizeBound">An upper bound of the item's size in bytes, as DynamoDB counts it (0 from a writer that does not size).</param>
internal readonly record struct WrittenItem(AttributeValue? Partition, AttributeValue? Sort, long SizeBound);
