using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>One page read by <see cref="PageReader"/>.</summary>
/// <param name="Items">The items that passed the filter (null when only counting).</param>
/// <param name="Count">The number of items that passed the filter.</param>
/// <param name="ScannedCount">The number of items read before the filter.</param>
/// <param name="LastEvaluatedKey">The key of the last item read when the page stopped early, else null.</param>
internal sealed record ReadPage(List<Dictionary<string, AttributeValue>>? Items, int Count, int ScannedCount, Dictionary<string, AttributeValue>? LastEvaluatedKey);
