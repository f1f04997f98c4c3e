using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories.Writes;

/// <summary>The logical span of a commit (<c>SaveChanges</c>): the actions sent, the tables, the retries and how it ended.</summary>
internal static class CommitTelemetry
{
    /// <summary>The span name of a commit.</summary>
    public const string SpanName = "SaveChanges";

    /// <summary>Starts the operation of a commit, or returns null when nothing listens.</summary>
    public static DynamoOperation? Start(IDynamoExecutor executor) => DynamoOperation.Start(executor, SpanName, null, name: SpanName);

    /// <summary>Sets the DynamoDB operation, the tables and the number of actions once the commit is prepared.</summary>
    public static void Prepared(DynamoOperation? operation, IReadOnlyList<WriteAction> actions, bool single)
    {
        if (operation is null)
        {
            return;
        }

        var name = !single ? "TransactWriteItems" : actions[0].Type switch
        {
            WriteActionType.Put => "PutItem",
            WriteActionType.Update => "UpdateItem",
            _ => "DeleteItem",
        };
        operation.SetOperation(name, [.. actions.Select(a => a.TableName).Distinct(StringComparer.Ordinal)]);
        operation.SetActions(actions.Count);
        operation.FaultTable = failure => FaultTableOf(failure, actions);
    }

    private static string? FaultTableOf(Exception failure, IReadOnlyList<WriteAction> actions) =>
        failure is DynamoRepositoryException { Key: { } key } typed
            ? actions.FirstOrDefault(a => a.Source.Metadata.ClrType == typed.EntityType && a.KeyDescription == key)?.TableName
            : null;
}
