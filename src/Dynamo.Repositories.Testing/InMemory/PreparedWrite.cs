using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Testing.InMemory.Expressions;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>
/// One write of a request, validated and parsed before anything is applied: the single write requests and every
/// action of a transaction go through it, so they share one evaluation of conditions and updates.
/// </summary>
internal sealed class PreparedWrite
{
    private static readonly Dictionary<string, AttributeValue> Missing = new(StringComparer.Ordinal);

    private PreparedWrite(InMemoryTable table, WriteKind kind, Dictionary<string, AttributeValue> key)
    {
        Table = table;
        Kind = kind;
        Key = key;
    }

    /// <summary>Gets the table written.</summary>
    public InMemoryTable Table { get; }

    /// <summary>Gets what the write does.</summary>
    public WriteKind Kind { get; }

    /// <summary>Gets the item's primary key.</summary>
    public Dictionary<string, AttributeValue> Key { get; }

    /// <summary>Gets a value indicating whether a failed condition returns the stored item (ALL_OLD).</summary>
    public bool ReturnsOldOnFailure { get; private init; }

    /// <summary>Gets the top-level attributes an update expression changes (empty for other writes).</summary>
    public IReadOnlyCollection<string> UpdatedAttributes =>
        Update?.Actions.Select(a => a.Path.Root).ToHashSet(StringComparer.Ordinal) ?? (IReadOnlyCollection<string>)[];

    private ConditionNode? Condition { get; init; }

    private Dictionary<string, AttributeValue>? Item { get; init; }

    private UpdateExpression? Update { get; init; }

    /// <summary>Prepares a PutItem (or a transaction's Put).</summary>
    public static PreparedWrite Put(InMemoryTable table, Dictionary<string, AttributeValue>? item, string? condition, Dictionary<string, string>? names, Dictionary<string, AttributeValue>? values, ReturnValuesOnConditionCheckFailure? onFailure)
    {
        var stored = table.Prepare(item);
        var context = new ExpressionContext(names, values);
        return new PreparedWrite(table, WriteKind.Put, table.KeyOf(stored))
        {
            Item = stored,
            Condition = ParseCondition(condition, context),
            ReturnsOldOnFailure = onFailure == ReturnValuesOnConditionCheckFailure.ALL_OLD,
        }.Checked(context);
    }

    /// <summary>Prepares an UpdateItem (or a transaction's Update); an update of a key attribute is refused.</summary>
    public static PreparedWrite Updating(InMemoryTable table, Dictionary<string, AttributeValue>? key, string? update, string? condition, Dictionary<string, string>? names, Dictionary<string, AttributeValue>? values, ReturnValuesOnConditionCheckFailure? onFailure)
    {
        table.ValidateKey(key);
        var context = new ExpressionContext(names, values);
        var parsed = update is null ? null : ExpressionParser.ParseUpdate(update, context);
        var keyAttribute = parsed?.Actions.Select(a => a.Path.Root).FirstOrDefault(table.Schema.KeyAttributes.Contains);
        if (keyAttribute is not null)
        {
            throw DynamoErrors.Validation($"One or more parameter values were invalid: Cannot update attribute {keyAttribute}. This attribute is part of the key");
        }

        return new PreparedWrite(table, WriteKind.Update, AttributeValueCopier.Copy(key!))
        {
            Update = parsed,
            Condition = ParseCondition(condition, context),
            ReturnsOldOnFailure = onFailure == ReturnValuesOnConditionCheckFailure.ALL_OLD,
        }.Checked(context);
    }

    /// <summary>Prepares a DeleteItem, a transaction's Delete, or a ConditionCheck.</summary>
    public static PreparedWrite Keyed(InMemoryTable table, WriteKind kind, Dictionary<string, AttributeValue>? key, string? condition, Dictionary<string, string>? names, Dictionary<string, AttributeValue>? values, ReturnValuesOnConditionCheckFailure? onFailure)
    {
        table.ValidateKey(key);
        var context = new ExpressionContext(names, values);
        return new PreparedWrite(table, kind, AttributeValueCopier.Copy(key!))
        {
            Condition = ParseCondition(condition, context),
            ReturnsOldOnFailure = onFailure == ReturnValuesOnConditionCheckFailure.ALL_OLD,
        }.Checked(context);
    }

    /// <summary>Returns whether the condition holds for the stored item (null when none is stored).</summary>
    public bool Holds(Dictionary<string, AttributeValue>? stored) => Condition?.Evaluate(stored ?? Missing) ?? true;

    /// <summary>Returns the item as it will be stored after the write, or null when the write removes it.</summary>
    public Dictionary<string, AttributeValue>? NewState(Dictionary<string, AttributeValue>? stored) => Kind switch
    {
        WriteKind.Put => Item,
        WriteKind.Update => Table.Prepare(Update?.Apply(stored ?? Key) ?? AttributeValueCopier.Copy(stored ?? Key)),
        WriteKind.Delete => null,
        _ => stored,
    };

    private static ConditionNode? ParseCondition(string? condition, ExpressionContext context) =>
        string.IsNullOrEmpty(condition) ? null : ExpressionParser.ParseCondition(condition, "ConditionExpression", context);

    private PreparedWrite Checked(ExpressionContext context)
    {
        context.RequireAllUsed();
        return this;
    }
}
