using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Execution;

/// <summary>The answer of one GetItem whose item, when there is one, is already materialized.</summary>
/// <typeparam name="TItem">What the item became.</typeparam>
/// <param name="Found">Whether an item (with at least one attribute) came back.</param>
/// <param name="Item">The item, or the default when none came back.</param>
/// <param name="ConsumedCapacity">The consumed capacity, when asked for.</param>
internal readonly record struct FoundItem<TItem>(bool Found, TItem? Item, ConsumedCapacity? ConsumedCapacity);
