using System.Globalization;
using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Dynamo.Repositories.Execution;

/// <summary>
/// Tells a single write that failed after the AWS SDK had sent it more than once (an earlier attempt failed in transit,
/// so it may have been applied) from one sent once. Per client instance, never process-wide: the SDK executor
/// subscribes to the <see cref="AmazonServiceClient.ExceptionEvent"/> of the one client it sends through (the
/// library's own, or the one the host registered), which the SDK raises only when a call fails, once, after its
/// retries. The handler reads the attempt number the SDK wrote into the request's <c>amz-sdk-request</c> header and,
/// for a resent PutItem, UpdateItem or DeleteItem, records it in the exception's <see cref="Exception.Data"/>.
/// A successful call costs nothing; other clients of the process are never touched.
/// </summary>
internal static class SdkResends
{
    /// <summary>The key of the attempt count in <see cref="Exception.Data"/>.</summary>
    public const string DataKey = "Dynamo.Repositories.SdkAttempts";

    private const string AttemptHeader = "amz-sdk-request";
    private const string AttemptPrefix = "attempt=";

    private static readonly ConditionalWeakTable<AmazonServiceClient, object> Observed = [];

    /// <summary>Observes the failed single writes of a client (once per client instance; other kinds of client are left alone).</summary>
    /// <param name="client">The client the SDK executor sends through.</param>
    public static void Observe(object client)
    {
        if (client is AmazonServiceClient service && Observed.TryAdd(service, DataKey))
        {
            service.ExceptionEvent += OnException;
        }
    }

    /// <summary>Gets how many times the SDK sent the failed request (1 when it was sent once, or when nobody counted).</summary>
    /// <param name="exception">The failure.</param>
    public static int Attempts(Exception exception) => exception.Data[DataKey] is int attempts ? attempts : 1;

    /// <summary>Records that the SDK sent the failed request <paramref name="attempts"/> times.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="attempts">The number of sends.</param>
    public static void Mark(Exception exception, int attempts) => exception.Data[DataKey] = attempts;

    /// <summary>The client's exception handler: marks a resent single write's failure with its attempt count.</summary>
    /// <param name="sender">The client.</param>
    /// <param name="args">The SDK's description of the failed call.</param>
    internal static void OnException(object sender, ExceptionEventArgs args)
    {
        if (args is WebServiceExceptionEventArgs { Request: PutItemRequest or UpdateItemRequest or DeleteItemRequest, Exception: { } exception, Headers: { } headers }
            && headers.TryGetValue(AttemptHeader, out var header)
            && Attempt(header) is > 1 and var attempts)
        {
            Mark(exception, attempts);
        }
    }

    // "attempt=2; max=4": the number after "attempt=", or 0 when the header says nothing usable.
    private static int Attempt(string header)
    {
        var start = header.IndexOf(AttemptPrefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return 0;
        }

        var digits = header.AsSpan(start + AttemptPrefix.Length);
        var end = digits.IndexOf(';');
        return int.TryParse(end < 0 ? digits : digits[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var attempt) ? attempt : 0;
    }
}
