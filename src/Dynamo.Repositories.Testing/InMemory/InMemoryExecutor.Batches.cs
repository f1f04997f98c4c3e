using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory.Expressions;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>BatchGetItem: up to 100 keys over one or more tables; every key is processed.</summary>
internal sealed partial class InMemoryExecutor
{
    /// <inheritdoc/>
    public Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(request);
        var requested = request.RequestItems ?? [];
        var total = requested.Sum(t => t.Value.Keys?.Count ?? 0);
        if (total is 0 or > 100)
        {
            throw DynamoErrors.Validation(total == 0
                ? "1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1"
                : "Too many items requested for the BatchGetItem call");
        }

        var responses = new Dictionary<string, List<Dictionary<string, AttributeValue>>>(StringComparer.Ordinal);
        foreach (var (tableName, keys) in requested)
        {
            var table = Table(tableName);
            var context = new ExpressionContext(keys.ExpressionAttributeNames, null);
            var projection = string.IsNullOrEmpty(keys.ProjectionExpression) ? null : ExpressionParser.ParseProjection(keys.ProjectionExpression, context);
            context.RequireAllUsed();
            var list = keys.Keys ?? [];
            list.ForEach(table.ValidateKey);
            if (list.Where((k, i) => list.Skip(i + 1).Any(o => table.SameKey(k, o))).Any())
            {
                throw DynamoErrors.Validation("Provided list of item keys contains duplicates");
            }

            responses[tableName] = [.. list.Select(table.Find).OfType<Dictionary<string, AttributeValue>>()
                .Select(item => ItemProjection.Apply(AttributeValueCopier.Copy(item), projection))];
        }

        return new BatchGetItemResponse { Responses = responses, UnprocessedKeys = [] };
    }, cancellationToken);
}
