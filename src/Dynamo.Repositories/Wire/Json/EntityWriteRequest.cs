using Amazon.DynamoDBv2;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>An entity-level write request of the wire path: the writes, and what the request asks for beside them.</summary>
/// <param name="Writes">The writes: one for PutItem, UpdateItem and DeleteItem, up to 100 for TransactWriteItems, up to 25 for BatchWriteItem.</param>
/// <param name="Capacity">Whether the response reports the consumed capacity.</param>
/// <param name="ClientRequestToken">The token of a TransactWriteItems.</param>
/// <param name="TableName">The table of a BatchWriteItem.</param>
internal sealed record EntityWriteRequest(IReadOnlyList<EntityWrite> Writes, ReturnConsumedCapacity? Capacity, string? ClientRequestToken = null, string? TableName = null);
