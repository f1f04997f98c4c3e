using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Telemetry;

namespace Dynamo.Repositories.Query;

/// <summary>The logical span of a specification read: the plan and every page it reads, as one operation.</summary>
internal static class ReadTelemetry
{
    /// <summary>Starts the operation of a plan, or returns null when nothing listens.</summary>
    public static DynamoOperation? Start(IDynamoExecutor executor, QueryPlan plan)
    {
        var instrumentation = DynamoInstrumentation.Of(executor);
        if (!instrumentation.IsActive)
        {
            return null;
        }

        var operation = DynamoOperation.Start(instrumentation, Name(plan.Operation), plan.TableName, plan.Index?.Name, plan.Entity.ClrType);
        operation?.Tag(DynamoAttributes.PlanKind, plan.Operation.ToString());
        return operation;
    }

    private static string Name(QueryOperation operation) => operation switch
    {
        QueryOperation.GetItem => "GetItem",
        QueryOperation.Query => "Query",
        QueryOperation.Scan => "Scan",
        _ => "Empty",
    };
}
