using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Resilience;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// The direct wire path: writes each request's JSON body into a pooled buffer (the library's Utf8Json writer), signs it (SigV4, cached signing key),
/// POSTs it to the endpoint of the SDK client's configuration, checks the response CRC32 and parses it, turning errors
/// into the SDK's exceptions with the SDK's unmarshallers. It owns what the SDK's pipeline owned: the retries of
/// throttling, server and transport failures (the client's <c>MaxErrorRetry</c>), and telling the commit pipeline when
/// a single write that failed had been sent more than once.
/// </summary>
internal sealed partial class WireExecutor : IDynamoExecutor, IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private readonly WireTransport _transport;
    private readonly RetryStrategy _retry;

    /// <summary>Initializes a new instance of the <see cref="WireExecutor"/> class.</summary>
    /// <param name="transport">Sends the requests.</param>
    /// <param name="retry">The retries of one request (throttling, server and transport failures).</param>
    /// <param name="source">The SDK client whose configuration and credentials the path uses.</param>
    public WireExecutor(WireTransport transport, RetryStrategy retry, IAmazonDynamoDB source)
    {
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        _retry = retry ?? throw new ArgumentNullException(nameof(retry));
        Source = source ?? throw new ArgumentNullException(nameof(source));
    }

    /// <summary>
    /// Raised once per request before its first attempt, with the executor and the request, as the SDK client's
    /// <c>BeforeRequestEvent</c> is raised once per call on the SDK path (which the wire path does not raise).
    /// </summary>
    internal static event Action<WireExecutor, AmazonWebServiceRequest>? Sending;

    /// <summary>Gets the SDK client whose configuration and credentials the path uses.</summary>
    public IAmazonDynamoDB Source { get; }

    /// <summary>Gets the endpoint requests go to.</summary>
    public Uri Endpoint => _transport.Endpoint;

    /// <inheritdoc/>
    public void Dispose() => _transport.Dispose();

    private async Task<TResponse> SendAsync<TRequest, TResponse>(
        WireOperation<TRequest, TResponse> operation, TRequest request, bool singleWrite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request is AmazonWebServiceRequest sdk)
        {
            Sending?.Invoke(this, sdk);
        }

        using var body = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            operation.Write(writer, request);
        }

        var attempts = 0;
        while (true)
        {
            attempts++;
            try
            {
                return await AttemptAsync(operation, body.WrittenMemory, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                && _retry.CanRetry(attempts - 1) && FailureClassifier.IsRequestRetryable(exception))
            {
                await _retry.WaitAsync(attempts - 1, cancellationToken).ConfigureAwait(false);
            }
            catch (AmazonDynamoDBException exception) when (singleWrite && attempts > 1)
            {
                // It may have been applied by an earlier attempt whose reply was lost: the commit pipeline says so.
                SdkResends.Mark(exception, attempts);
                throw;
            }
        }
    }

    private async Task<TResponse> AttemptAsync<TRequest, TResponse>(
        WireOperation<TRequest, TResponse> operation, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var response = await _transport.SendAsync(operation.Target, body, cancellationToken).ConfigureAwait(false);
        if (!response.Message.IsSuccessStatusCode)
        {
            throw WireErrors.Unmarshall(operation.Errors, response.Message, response.Body);
        }

        response.CheckCrc32();
        return operation.Read(response.Body.Span);
    }
}
