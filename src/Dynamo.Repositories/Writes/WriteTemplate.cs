using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Expressions;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// The expression strings and placeholder maps of one entity type's writes, built once per metadata instance and
/// shared by every commit (the name maps are shared across requests and never changed). Update expressions are
/// cached per combination of present and absent attributes.
/// </summary>
internal sealed class WriteTemplate
{
    private const int MaxCachedUpdateExpressions = 256;

    private static readonly ConditionalWeakTable<EntityMetadata, WriteTemplate> Templates = new();

    private readonly ConcurrentDictionary<ulong, string?> _updateExpressions = new();

    internal WriteTemplate(EntityMetadata metadata)
    {
        PartitionKeyAttribute = metadata.PartitionKey.AttributeName;
        SortKeyAttribute = metadata.SortKey?.AttributeName;
        VersionAttribute = metadata.Version?.AttributeName;

        // Updates: the partition key (for the existence condition) and every non-key attribute, SET or REMOVEd.
        var update = new ExpressionAttributes();
        var updatePk = update.Name(PartitionKeyAttribute);
        var attributes = new List<UpdateAttribute>();
        foreach (var property in metadata.Properties)
        {
            if (ReferenceEquals(property, metadata.PartitionKey) || ReferenceEquals(property, metadata.SortKey))
            {
                continue;
            }

            attributes.Add(new UpdateAttribute(property.AttributeName, update.Name(property.AttributeName), ValuePlaceholder(attributes.Count)));
        }

        UpdateAttributes = attributes;
        UpdateNames = update.Names;
        ExpectedVersionValue = ValuePlaceholder(attributes.Count);
        ExpectedVersionName = JsonEncodedText.Encode(ExpectedVersionValue);

        // Puts and deletes: the partition key, and the version for versioned entities; the expected version is :v0.
        var key = new ExpressionAttributes();
        var pk = key.Name(PartitionKeyAttribute);
        KeyNames = new Dictionary<string, string>(key.Names, StringComparer.Ordinal);
        AddCondition = $"attribute_not_exists({pk})";
        ExistsCondition = $"attribute_exists({pk})";
        UpdateCondition = $"attribute_exists({updatePk})";
        if (VersionAttribute is not null)
        {
            var updateVersion = update.Name(VersionAttribute);
            UpdateVersionCondition = $"attribute_exists({updatePk}) AND {updateVersion} = {ExpectedVersionValue}";
            UpdateNoVersionCondition = $"attribute_exists({updatePk}) AND attribute_not_exists({updateVersion})";
            var version = key.Name(VersionAttribute);
            KeyAndVersionNames = key.Names;
            UpsertVersionCondition = $"attribute_not_exists({pk}) OR {version} = {ValuePlaceholder(0)}";
            UpsertNoVersionCondition = $"attribute_not_exists({pk}) OR attribute_not_exists({version})";
            DeleteVersionCondition = $"attribute_exists({pk}) AND {version} = {ValuePlaceholder(0)}";
            DeleteNoVersionCondition = $"attribute_exists({pk}) AND attribute_not_exists({version})";
        }
    }

    public string PartitionKeyAttribute { get; }

    public string? SortKeyAttribute { get; }

    public string? VersionAttribute { get; }

    /// <summary>Gets the non-key attributes an update SETs or REMOVEs, in property order.</summary>
    public IReadOnlyList<UpdateAttribute> UpdateAttributes { get; }

    /// <summary>Gets the names of an update: the partition key and every non-key attribute.</summary>
    public Dictionary<string, string> UpdateNames { get; }

    /// <summary>Gets the value placeholder of the expected version in an update.</summary>
    public string ExpectedVersionValue { get; }

    /// <summary>Gets <see cref="ExpectedVersionValue"/> encoded, as an update's values written as JSON name it.</summary>
    public JsonEncodedText ExpectedVersionName { get; }

    /// <summary>Gets the names of a put or delete: the partition key only.</summary>
    public Dictionary<string, string> KeyNames { get; }

    /// <summary>Gets the names of a versioned put or delete: the partition key and the version.</summary>
    public Dictionary<string, string>? KeyAndVersionNames { get; }

    public string AddCondition { get; }

    public string ExistsCondition { get; }

    public string UpdateCondition { get; }

    public string? UpdateVersionCondition { get; }

    public string? UpdateNoVersionCondition { get; }

    public string? UpsertVersionCondition { get; }

    public string? UpsertNoVersionCondition { get; }

    public string? DeleteVersionCondition { get; }

    public string? DeleteNoVersionCondition { get; }

    /// <summary>Gets the template of an entity type's metadata, building it on first use.</summary>
    /// <remarks>Kept beside the metadata, not on it, so that metadata knows nothing of writes (layers run one way).</remarks>
    public static WriteTemplate For(EntityMetadata metadata) => Templates.GetValue(metadata, static m => new WriteTemplate(m));

    /// <summary>Returns the value placeholder with an index, in the format of <see cref="ExpressionAttributes"/>.</summary>
    public static string ValuePlaceholder(int index) => ":v" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Fills the values of an update from an item and returns its expression: SET for the attributes present,
    /// REMOVE for those absent (null). Returns null when the entity has no non-key attribute.
    /// </summary>
    public string? BuildUpdate(Dictionary<string, AttributeValue> item, Dictionary<string, AttributeValue> values)
    {
        var mask = 0UL;
        for (var i = 0; i < UpdateAttributes.Count; i++)
        {
            var attribute = UpdateAttributes[i];
            if (item.TryGetValue(attribute.Name, out var value))
            {
                values[attribute.ValuePlaceholder] = value;
                mask |= i < 64 ? 1UL << i : 0;
            }
        }

        return UpdateAttributes.Count > 64 ? Compose(i => values.ContainsKey(UpdateAttributes[i].ValuePlaceholder)) : BuildUpdate(mask);
    }

    /// <summary>
    /// Returns the expression of an update whose attributes present are the bits of <paramref name="mask"/>, in the
    /// order of <see cref="UpdateAttributes"/> (at most 64 of them: <see cref="EntityJsonWriters{T}"/> writes no larger update).
    /// </summary>
    public string? BuildUpdate(ulong mask)
    {
        if (_updateExpressions.TryGetValue(mask, out var cached))
        {
            return cached;
        }

        var expression = Compose(i => (mask & (1UL << i)) != 0);
        if (_updateExpressions.Count < MaxCachedUpdateExpressions)
        {
            _updateExpressions.TryAdd(mask, expression);
        }

        return expression;
    }

    private string? Compose(Func<int, bool> present)
    {
        if (UpdateAttributes.Count == 0)
        {
            return null;
        }

        var set = new StringBuilder();
        var remove = new StringBuilder();
        for (var i = 0; i < UpdateAttributes.Count; i++)
        {
            var attribute = UpdateAttributes[i];
            if (present(i))
            {
                set.Append(set.Length == 0 ? "SET " : ", ").Append(attribute.NamePlaceholder).Append(" = ").Append(attribute.ValuePlaceholder);
            }
            else
            {
                remove.Append(remove.Length == 0 ? "REMOVE " : ", ").Append(attribute.NamePlaceholder);
            }
        }

        return set.Length == 0 ? remove.ToString() : remove.Length == 0 ? set.ToString() : set.Append(' ').Append(remove).ToString();
    }
}
