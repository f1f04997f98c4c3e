using System.Net;
using System.Net.Sockets;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Dynamo.Repositories.Resilience;

/// <summary>
/// Decides which failures a commit may retry (transaction conflicts, throttling, transactions in progress, server
/// and transport errors) and how long to wait: jittered exponential backoff.
/// </summary>
internal static class FailureClassifier
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(20);

    /// <summary>Returns whether a failure is safe to retry; a cancellation requested through the token never is.</summary>
    public static bool IsRetryable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        TransactionCanceledException canceled => IsRetryable(canceled),
        Amazon.DynamoDBv2.Model.TransactionConflictException or TransactionInProgressException => true,
        ProvisionedThroughputExceededException or RequestLimitExceededException or ThrottlingException => true,
        InternalServerErrorException => true,
        AmazonServiceException service => (int)service.StatusCode >= 500 || IsThrottlingCode(service.ErrorCode) || IsTransport(service.InnerException),
        _ => IsTransport(exception),
    };

    /// <summary>
    /// Returns whether the failure leaves it unknown whether the request was applied (server or transport errors):
    /// a single conditional write retried after one may then fail its own condition.
    /// </summary>
    public static bool IsAmbiguous(Exception exception) => exception switch
    {
        OperationCanceledException => true,
        InternalServerErrorException => true,
        AmazonServiceException service => (int)service.StatusCode >= 500 || IsTransport(service.InnerException),
        _ => IsTransport(exception),
    };

    /// <summary>Returns whether a failure is a server (HTTP 5xx) or transport error.</summary>
    public static bool IsServerOrTransport(Exception exception) => exception switch
    {
        OperationCanceledException => true,
        AmazonServiceException service => (int)service.StatusCode >= 500 || IsTransport(service.InnerException),
        _ => IsTransport(exception),
    };

    /// <summary>Returns the delay before retry number <paramref name="attempt"/> (0 for the first retry): base × 2^attempt, jittered to 50–100 %.</summary>
    public static TimeSpan Backoff(int attempt, TimeSpan baseDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        var jittered = capped * (0.5 + (Random.Shared.NextDouble() * 0.5));
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(jittered);
    }

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

    /// <summary>Returns whether an AWS error code means throttling (or a transaction in the way), worth retrying later.</summary>
    public static bool IsThrottlingCode(string? code) =>
        code is "ThrottlingException" or "Throttling" or "ProvisionedThroughputExceededException" or "RequestLimitExceeded"
            or "TransactionInProgressException" or "TransactionConflictException";

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
