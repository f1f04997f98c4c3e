using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Query;

/// <summary>One DynamoDB response page: its items (after the filter), its count and where the next page starts.</summary>
/// <typeparam name="TItem">What each item became.</typeparam>
/// <param name="Items">The items returned (empty when only counting).</param>
/// <param name="Count">The number of matching items in this page.</param>
/// <param name="LastEvaluatedKey">The key to continue from, or null after the last page.</param>
internal sealed record QueryPage<TItem>(List<TItem> Items, int Count, Dictionary<string, AttributeValue>? LastEvaluatedKey);
