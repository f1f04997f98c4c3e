using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>The members Query and Scan responses share (the SDK gives them no common type).</summary>
/// <typeparam name="TResponse">The response type.</typeparam>
/// <param name="Items">Sets the items of the page.</param>
/// <param name="Count">Sets the count of items after the filter.</param>
/// <param name="ScannedCount">Sets the count of items read before the filter.</param>
/// <param name="LastEvaluatedKey">Sets the key to continue from.</param>
/// <param name="ConsumedCapacity">Sets the consumed capacity.</param>
internal sealed record PageMembers<TResponse>(
    Action<TResponse, List<Dictionary<string, AttributeValue>>?> Items,
    Action<TResponse, int?> Count,
    Action<TResponse, int?> ScannedCount,
    Action<TResponse, Dictionary<string, AttributeValue>?> LastEvaluatedKey,
    Action<TResponse, ConsumedCapacity?> ConsumedCapacity);
