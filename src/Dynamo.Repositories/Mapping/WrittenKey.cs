using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Mapping;

/// <summary>The key values a writer wrote into an item, so the key is known without looking it up.</summary>
/// <param name="Partition">The partition key value.</param>
/// <param name="Sort">The sort key value (null when the table has none).</param>
internal readonly record struct WrittenKey(AttributeValue? Partition, AttributeValue? Sort);
