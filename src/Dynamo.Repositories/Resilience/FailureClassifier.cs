using System.Net;
using System.Net.Sockets;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Dynamo.Repositories.Resilience;

/// <summary>
/// Classifies failures for the one retry layer each kind has: the AWS SDK retries throttling, server errors and
/// transport failures of one request (it resends the same request, so a transaction keeps its ClientRequestToken);
/// the library retries only what the SDK does not (a transaction canceled by a conflict, a transaction in progress).
/// </summary>
internal static class FailureClassifier
{
    /// <summary>
    /// Returns whether the library retries a failed commit: a transaction canceled only for conflicts or throttled
    /// items, or a conflicting transaction in progress. The SDK does not retry these; everything else is either the
    /// SDK's to retry or will fail again. A cancellation requested through the token never is.
    /// </summary>
    public static bool IsConflict(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && exception switch
        {
            TransactionCanceledException canceled => IsRetryable(canceled),
            TransactionConflictException or TransactionInProgressException => true,
            _ => false,
        };

    /// <summary>
    /// Returns whether the failure leaves it unknown whether the request was applied: a server error or a transport
    /// failure (the request may have reached DynamoDB and only the reply was lost).
    /// </summary>
    public static bool IsAmbiguous(Exception exception) => IsServerOrTransport(exception);

    /// <summary>Returns whether a failure is a server (HTTP 5xx) or transport error (a timeout included).</summary>
    public static bool IsServerOrTransport(Exception exception) => exception switch
    {
        OperationCanceledException => true,
        InternalServerErrorException => true,
        AmazonServiceException service => (int)service.StatusCode >= 500 || IsTransport(service.InnerException),
        _ => IsTransport(exception),
    };

    /// <summary>Returns whether an AWS error code means throttling (or a transaction in the way), worth retrying later.</summary>
    public static bool IsThrottlingCode(string? code) =>
        code is "ThrottlingException" or "Throttling" or "ProvisionedThroughputExceededException" or "RequestLimitExceeded"
            or "TransactionInProgressException" or "TransactionConflictException";

    /// <summary>
    /// Returns whether the retry layer of one request resends it: throttling (a transaction in progress included, not
    /// a transaction conflict, which is the library's), a server error or a transport failure (a timeout included).
    /// The AWS SDK's retry handler decides so on the SDK path; the wire path, which replaces it, decides with this.
    /// </summary>
    public static bool IsRequestRetryable(Exception exception) =>
        (exception is AmazonServiceException { ErrorCode: { } code } && code != "TransactionConflictException" && IsThrottlingCode(code))
        || IsServerOrTransport(exception);

    private static bool IsRetryable(TransactionCanceledException canceled)
    {
        var retryable = false;
        foreach (var reason in canceled.CancellationReasons ?? [])
        {
            switch (reason.Code)
            {
                case null or "" or "None":
                    break;
                case "TransactionConflict" or "ThrottlingError" or "ProvisionedThroughputExceeded" or "RequestLimitExceeded":
                    retryable = true;
                    break;
                default:
                    return false; // a failed condition or an invalid item will fail again
            }
        }

        return retryable;
    }

    private static bool IsTransport(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or IOException or SocketException or WebException)
            {
                return true;
            }
        }

        return false;
    }
}
