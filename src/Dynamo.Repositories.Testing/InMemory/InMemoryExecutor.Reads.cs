using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory.Expressions;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>GetItem, Query and Scan.</summary>
internal sealed partial class InMemoryExecutor
{
    /// <inheritdoc/>
    public Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(request);
        var table = Table(request.TableName);
        table.ValidateKey(request.Key);
        var context = new ExpressionContext(request.ExpressionAttributeNames, null);
        var projection = ParseProjection(request.ProjectionExpression, context);
        context.RequireAllUsed();
        var item = table.Find(request.Key);
        return new GetItemResponse { Item = item is null ? null : ItemProjection.Apply(AttributeValueCopier.Copy(item), projection) };
    }, cancellationToken);

    /// <inheritdoc/>
    public Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(request);
        var table = Table(request.TableName);
        var index = Index(table, request.IndexName);
        var context = new ExpressionContext(request.ExpressionAttributeNames, request.ExpressionAttributeValues);
        if (string.IsNullOrEmpty(request.KeyConditionExpression))
        {
            throw DynamoErrors.Validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }

        var keyCondition = ExpressionParser.ParseCondition(request.KeyConditionExpression, "KeyConditionExpression", context);
        KeyConditions.Validate(keyCondition, index?.PartitionKey ?? table.Schema.PartitionKey, index?.SortKey ?? table.Schema.SortKey);
        var reader = Reader(table, index, context, request.FilterExpression, request.ProjectionExpression, request.Select, request.ExclusiveStartKey, request.Limit);
        var entries = table.Entries(index).Where(e => keyCondition.Evaluate(e.Item));
        var page = reader.Read(request.ScanIndexForward == false ? entries.Reverse() : entries, descending: request.ScanIndexForward == false);
        return new QueryResponse
        {
            Items = page.Items,
            Count = page.Count,
            ScannedCount = page.ScannedCount,
            LastEvaluatedKey = page.LastEvaluatedKey,
        };
    }, cancellationToken);

    /// <inheritdoc/>
    public Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(request);
        var table = Table(request.TableName);
        var index = Index(table, request.IndexName);
        var context = new ExpressionContext(request.ExpressionAttributeNames, request.ExpressionAttributeValues);
        var reader = Reader(table, index, context, request.FilterExpression, request.ProjectionExpression, request.Select, request.ExclusiveStartKey, request.Limit);
        var page = reader.Read(table.Entries(index), descending: false);
        return new ScanResponse
        {
            Items = page.Items,
            Count = page.Count,
            ScannedCount = page.ScannedCount,
            LastEvaluatedKey = page.LastEvaluatedKey,
        };
    }, cancellationToken);

    private static PageReader Reader(
        InMemoryTable table,
        IndexSchema? index,
        ExpressionContext context,
        string? filterText,
        string? projectionText,
        Select? select,
        Dictionary<string, AttributeValue>? startKey,
        int? limit)
    {
        var filter = string.IsNullOrEmpty(filterText) ? null : ExpressionParser.ParseCondition(filterText, "FilterExpression", context);
        var projection = ParseProjection(projectionText, context);
        context.RequireAllUsed();
        if (limit is <= 0)
        {
            throw DynamoErrors.Validation($"1 validation error detected: Value '{limit}' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }

        return new PageReader(table, index, filter, projection, select == Select.COUNT, startKey is { Count: > 0 } ? startKey : null, limit);
    }

    private static IReadOnlyList<DocumentPath>? ParseProjection(string? projection, ExpressionContext context) =>
        string.IsNullOrEmpty(projection) ? null : ExpressionParser.ParseProjection(projection, context);

    private static IndexSchema? Index(InMemoryTable table, string? indexName) =>
        indexName is null
            ? null
            : table.Schema.Indexes.FirstOrDefault(i => i.Name == indexName)
                ?? throw DynamoErrors.Validation($"The table does not have the specified index: {indexName}");
}
