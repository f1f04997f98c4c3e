namespace Dynamo.Repositories.Telemetry;

/// <summary>
/// The span and metric attribute names: the OpenTelemetry database and AWS DynamoDB semantic conventions, then ours.
/// None of them ever holds a key or an attribute value.
/// </summary>
internal static class DynamoAttributes
{
    /// <summary><c>db.system.name</c>: always <see cref="SystemName"/>.</summary>
    public const string DbSystemName = "db.system.name";

    /// <summary>The value of <see cref="DbSystemName"/>.</summary>
    public const string SystemName = "aws.dynamodb";

    /// <summary><c>db.operation.name</c>: the DynamoDB operation, e.g. <c>Query</c> or <c>TransactWriteItems</c>.</summary>
    public const string DbOperationName = "db.operation.name";

    /// <summary><c>db.collection.name</c>: the physical table name, when the operation has exactly one.</summary>
    public const string DbCollectionName = "db.collection.name";

    /// <summary><c>aws.dynamodb.table_names</c>: every physical table name of the operation.</summary>
    public const string TableNames = "aws.dynamodb.table_names";

    /// <summary><c>aws.dynamodb.index_name</c>: the secondary index read.</summary>
    public const string IndexName = "aws.dynamodb.index_name";

    /// <summary><c>aws.dynamodb.consumed_capacity</c>: the capacity units consumed (only with <c>ReturnConsumedCapacity</c> on).</summary>
    public const string ConsumedCapacity = "aws.dynamodb.consumed_capacity";

    /// <summary><c>aws.dynamodb.count</c>: the items returned.</summary>
    public const string Count = "aws.dynamodb.count";

    /// <summary><c>aws.dynamodb.scanned_count</c>: the items read before the filter.</summary>
    public const string ScannedCount = "aws.dynamodb.scanned_count";

    /// <summary><c>error.type</c>: the full name of the exception type of a failed operation.</summary>
    public const string ErrorType = "error.type";

    /// <summary><c>dynamo_repositories.entity_type</c>: the mapped entity type's name.</summary>
    public const string EntityType = "dynamo_repositories.entity_type";

    /// <summary><c>dynamo_repositories.plan_kind</c>: what a specification was planned into (GetItem, Query, Scan).</summary>
    public const string PlanKind = "dynamo_repositories.plan_kind";

    /// <summary><c>dynamo_repositories.commit.actions</c>: the actions of a commit.</summary>
    public const string CommitActions = "dynamo_repositories.commit.actions";

    /// <summary><c>dynamo_repositories.pages</c>: the pages read by a specification read.</summary>
    public const string Pages = "dynamo_repositories.pages";

    /// <summary><c>dynamo_repositories.retries</c>: the retries made by the library (not the SDK's).</summary>
    public const string Retries = "dynamo_repositories.retries";

    /// <summary><c>dynamo_repositories.retry.reason</c>: why a retry was made (see <see cref="RetryReasons"/>).</summary>
    public const string RetryReason = "dynamo_repositories.retry.reason";

    /// <summary><c>aws.dynamodb.throttling_reason</c>: DynamoDB's throttling reason, e.g. <c>TableWriteKeyRangeThroughputExceeded</c>, or <c>unknown</c>.</summary>
    public const string ThrottlingReason = "aws.dynamodb.throttling_reason";

    /// <summary><c>dynamo_repositories.conflict.kind</c>: <c>version</c>, <c>exists</c>, <c>check</c> or <c>transaction</c>.</summary>
    public const string ConflictKind = "dynamo_repositories.conflict.kind";
}
