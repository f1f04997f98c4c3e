using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Query;

/// <summary>A specification planned into one DynamoDB operation: everything the request needs, placeholders included.</summary>
internal sealed class QueryPlan
{
    private string? _signature;

    /// <summary>Gets the operation.</summary>
    public required QueryOperation Operation { get; init; }

    /// <summary>Gets the entity read.</summary>
    public required EntityMetadata Entity { get; init; }

    /// <summary>Gets the physical table name.</summary>
    public required string TableName { get; init; }

    /// <summary>Gets the index queried, or null for the table.</summary>
    public IndexMetadata? Index { get; init; }

    /// <summary>Gets the primary key of a GetItem.</summary>
    public Dictionary<string, AttributeValue>? Key { get; init; }

    /// <summary>Gets the primary keys of a BatchGetItem plan, in the order of the ids, each once.</summary>
    public List<Dictionary<string, AttributeValue>>? Keys { get; init; }

    /// <summary>Gets the key condition expression of a Query.</summary>
    public string? KeyCondition { get; init; }

    /// <summary>Gets the filter expression, or null.</summary>
    public string? Filter { get; init; }

    /// <summary>Gets the projection expression, or null to read every attribute.</summary>
    public string? Projection { get; init; }

    /// <summary>Gets a value indicating whether a Query reads in ascending sort-key order.</summary>
    public bool ScanIndexForward { get; init; } = true;

    /// <summary>Gets a value indicating whether to read with strong consistency.</summary>
    public bool ConsistentRead { get; init; }

    /// <summary>Gets the most items to return (after the filter), or null for all.</summary>
    public int? Take { get; init; }

    /// <summary>Gets how many matching items (after the filter) are read and discarded before the first one returned.</summary>
    public int Skip { get; init; }

    /// <summary>Gets the expression attribute names (null when none).</summary>
    public Dictionary<string, string>? Names { get; init; }

    /// <summary>Gets the expression attribute values (null when none).</summary>
    public Dictionary<string, AttributeValue>? Values { get; init; }

    /// <summary>Gets the attributes that identify a position in the results: the table keys and those of the index queried.</summary>
    public required IReadOnlyList<string> PositionAttributes { get; init; }

    /// <summary>
    /// Gets a canonical text of the request (without the start key), so a continuation token can prove it was
    /// issued for the same request.
    /// </summary>
    public string Signature => _signature ??= BuildSignature();

    private string BuildSignature()
    {
        var text = new StringBuilder();
        text.Append(Operation).Append('|').Append(TableName).Append('|').Append(Index?.Name)
            .Append('|').Append(KeyCondition).Append('|').Append(Filter).Append('|').Append(Projection)
            .Append('|').Append(ScanIndexForward).Append('|').Append(ConsistentRead)
            .Append('|').Append(Take?.ToString(CultureInfo.InvariantCulture))
            .Append('|').Append(Skip.ToString(CultureInfo.InvariantCulture));
        foreach (var (placeholder, name) in (Names ?? []).OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            text.Append('|').Append(placeholder).Append('=').Append(name.Length).Append(':').Append(name);
        }

        foreach (var (placeholder, value) in (Values ?? []).OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            text.Append('|').Append(placeholder).Append('=');
            AttributeValueText.Append(text, value);
        }

        if (Key is not null)
        {
            foreach (var (name, value) in Key.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                text.Append("|key:").Append(name).Append('=');
                AttributeValueText.Append(text, value);
            }
        }

        return text.ToString();
    }
}
