using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Execution;

/// <summary>One Query or Scan page whose items are already materialized.</summary>
/// <typeparam name="TItem">What each item became.</typeparam>
/// <param name="Items">The items of the page, in order (empty when only counting).</param>
/// <param name="Count">The count of items after the filter, as DynamoDB sent it.</param>
/// <param name="ScannedCount">The count of items read before the filter, as DynamoDB sent it.</param>
/// <param name="LastEvaluatedKey">The key to continue from, as DynamoDB sent it.</param>
/// <param name="ConsumedCapacity">The consumed capacity, when asked for.</param>
internal sealed record ItemPage<TItem>(
    List<TItem> Items, int? Count, int? ScannedCount, Dictionary<string, AttributeValue>? LastEvaluatedKey, ConsumedCapacity? ConsumedCapacity);
