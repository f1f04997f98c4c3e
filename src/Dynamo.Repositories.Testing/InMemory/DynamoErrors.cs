using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>
/// Builds the exceptions DynamoDB's error responses become in the SDK (same types, error codes, error type and status),
/// with DynamoDB's messages, so the library's failure mappers see exactly what production sees.
/// </summary>
internal static class DynamoErrors
{
    /// <summary>The message of a failed condition.</summary>
    public const string ConditionFailedMessage = "The conditional request failed";

    /// <summary>A request DynamoDB refuses as invalid (<c>ValidationException</c>).</summary>
    public static AmazonDynamoDBException Validation(string message) =>
        new(message, null, ErrorType.Sender, "ValidationException", RequestId(), HttpStatusCode.BadRequest);

    /// <summary>A failed condition of a single write.</summary>
    public static ConditionalCheckFailedException ConditionFailed(Dictionary<string, AttributeValue>? item) =>
        new(ConditionFailedMessage, null, ErrorType.Sender, "ConditionalCheckFailedException", RequestId(), HttpStatusCode.BadRequest)
        {
            Item = item,
        };

    /// <summary>A canceled transaction, with its reasons in action order.</summary>
    public static TransactionCanceledException Canceled(List<CancellationReason> reasons) =>
        new(
            $"Transaction cancelled, please refer cancellation reasons for specific reasons [{string.Join(", ", reasons.Select(r => r.Code))}]",
            null,
            ErrorType.Sender,
            "TransactionCanceledException",
            RequestId(),
            HttpStatusCode.BadRequest)
        {
            CancellationReasons = reasons,
        };

    /// <summary>A transaction retried with its client request token but a different payload (DynamoDB sends no message; this is the SDK's text then).</summary>
    public static IdempotentParameterMismatchException IdempotentMismatch() =>
        new(
            "The service returned an error with Error Code IdempotentParameterMismatchException and HTTP Body: "
                + "{\"__type\":\"com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException\",\"Message\":\"\"}",
            null,
            ErrorType.Sender,
            "IdempotentParameterMismatchException",
            RequestId(),
            HttpStatusCode.BadRequest);

    /// <summary>A table that does not exist.</summary>
    public static ResourceNotFoundException TableNotFound(string tableName) =>
        new(
            $"Requested resource not found: Table: {tableName} not found",
            null,
            ErrorType.Sender,
            "ResourceNotFoundException",
            RequestId(),
            HttpStatusCode.BadRequest);

    private static string RequestId() => Guid.NewGuid().ToString("N").ToUpperInvariant();
}
