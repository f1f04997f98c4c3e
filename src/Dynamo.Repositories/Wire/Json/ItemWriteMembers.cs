using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>The members PutItem, UpdateItem and DeleteItem responses share (the SDK gives them no common type).</summary>
/// <typeparam name="TResponse">The response type.</typeparam>
/// <param name="Attributes">Sets the old or new attributes.</param>
/// <param name="ConsumedCapacity">Sets the consumed capacity.</param>
/// <param name="ItemCollectionMetrics">Sets the item collection metrics.</param>
internal sealed record ItemWriteMembers<TResponse>(
    Action<TResponse, Dictionary<string, AttributeValue>?> Attributes,
    Action<TResponse, ConsumedCapacity?> ConsumedCapacity,
    Action<TResponse, ItemCollectionMetrics?> ItemCollectionMetrics);
