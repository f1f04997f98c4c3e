using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Query;

/// <summary>An item as materialized, with some of its attributes as stored (its key, its position in a page).</summary>
/// <typeparam name="TItem">What the item became.</typeparam>
/// <param name="Item">The item as materialized.</param>
/// <param name="Attributes">The attributes captured that the item has.</param>
internal readonly record struct Captured<TItem>(TItem Item, Dictionary<string, AttributeValue> Attributes);
