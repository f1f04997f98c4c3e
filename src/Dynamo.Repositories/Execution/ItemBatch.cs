using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Execution;

/// <summary>The answer of one BatchGetItem whose items are already materialized.</summary>
/// <typeparam name="TItem">What each item became.</typeparam>
/// <param name="Items">The items found, of every table asked (the library asks one table per request).</param>
/// <param name="UnprocessedKeys">The keys left unprocessed, per table, as DynamoDB sent them.</param>
/// <param name="ConsumedCapacity">The consumed capacity, when asked for.</param>
internal sealed record ItemBatch<TItem>(List<TItem> Items, Dictionary<string, KeysAndAttributes>? UnprocessedKeys, List<ConsumedCapacity>? ConsumedCapacity);
