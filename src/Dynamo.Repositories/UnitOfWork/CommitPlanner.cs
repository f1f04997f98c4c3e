using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.UnitOfWork;

/// <summary>
/// Prepares the staged writes of a commit and checks DynamoDB's limits before anything is sent: at most 100 actions,
/// at most 400 KB per item and 4 MB in all (estimated as DynamoDB counts), and no item twice.
/// </summary>
internal static class CommitPlanner
{
    /// <summary>The most actions in one TransactWriteItems request.</summary>
    public const int MaxActions = 100;

    /// <summary>Prepares and validates the actions of a commit, in staging order.</summary>
    public static WriteAction[] Prepare(IReadOnlyList<StagedWrite> staged)
    {
        if (staged.Count > MaxActions)
        {
            throw new TransactionLimitException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The unit of work has {staged.Count} staged writes; a DynamoDB transaction takes at most {MaxActions}. Nothing was sent and the writes stay staged. Split the work into several units of work, or use BulkPutNonAtomicAsync/BulkDeleteNonAtomicAsync for imports that need not be atomic."),
                staged.Count,
                0);
        }

        var actions = new WriteAction[staged.Count];
        var seen = new Dictionary<string, WriteAction>(staged.Count, StringComparer.Ordinal);
        long total = 0;
        for (var i = 0; i < staged.Count; i++)
        {
            var action = staged[i].Prepare();
            if (action.EstimatedSize > ItemSizeEstimator.MaxItemBytes)
            {
                throw new ItemTooLargeException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {action.Source.Kind} of {action.Source.Metadata.DisplayName} {action.KeyDescription} is about {action.EstimatedSize} bytes; DynamoDB stores at most {ItemSizeEstimator.MaxItemBytes} bytes (400 KB) per item. Nothing was sent and the writes stay staged."),
                    action.Source.Metadata.ClrType,
                    action.KeyDescription);
            }

            var identity = Identity(action);
            if (seen.TryGetValue(identity, out var first))
            {
                throw new DuplicateWriteException(
                    $"{action.Source.Metadata.DisplayName} {action.KeyDescription} is written twice in one unit of work ({first.Source.Kind}, then {action.Source.Kind} of another instance or check with the same key); " +
                    "DynamoDB cannot write one item twice in a transaction. Nothing was sent. Stage each item once, or commit in two units of work.",
                    action.Source.Metadata.ClrType,
                    action.KeyDescription);
            }

            seen[identity] = action;
            total += action.EstimatedSize;
            actions[i] = action;
        }

        if (total > ItemSizeEstimator.MaxTransactionBytes)
        {
            throw new TransactionLimitException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {staged.Count} staged writes of the unit of work are about {total} bytes; a DynamoDB transaction takes at most {ItemSizeEstimator.MaxTransactionBytes} bytes (4 MB). Nothing was sent and the writes stay staged. Split the work into several units of work."),
                staged.Count,
                total);
        }

        return actions;
    }

    /// <summary>Identifies an item by table and key values, so the same item staged twice is found.</summary>
    internal static string Identity(WriteAction action) => Identity(action.TableName, action.Key);

    /// <summary>Identifies an item by table and key values.</summary>
    internal static string Identity(string tableName, Dictionary<string, AttributeValue> key)
    {
        var builder = new StringBuilder(tableName);
        foreach (var (name, value) in key.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            builder.Append('\u001f').Append(name).Append('\u001e');
            if (value.S is not null)
            {
                builder.Append('S').Append(value.S);
            }
            else if (value.N is not null)
            {
                builder.Append('N').Append(value.N);
            }
            else if (value.B is not null)
            {
                builder.Append('B').Append(Convert.ToBase64String(value.B.ToArray()));
            }
        }

        return builder.ToString();
    }
}
