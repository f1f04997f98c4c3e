using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>
/// Answers every DynamoDB request in memory: dispatches on X-Amz-Target, drains the request body into a pooled buffer
/// (as a socket handler writes it through its pooled send buffer: no copy of the body is allocated per request), and
/// returns the precomputed JSON with the x-amz-crc32 header the SDK checks. Every contender pays exactly this cost.
/// </summary>
public sealed class CannedDynamoDbHandler(CannedResponses responses) : HttpMessageHandler
{
    private const string TargetPrefix = "DynamoDB_20120810.";
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/x-amz-json-1.0");

    private readonly List<CapturedRequest> _captured = [];
    private long _requestCount;

    public CannedResponses Responses { get; } = responses;

    /// <summary>Gets or sets a value indicating whether request bodies are kept (for the setup check only).</summary>
    public bool Capturing { get; set; }

    /// <summary>Gets the number of requests answered so far.</summary>
    public long RequestCount => Interlocked.Read(ref _requestCount);

    /// <summary>Returns the captured requests and forgets them.</summary>
    public List<CapturedRequest> TakeCaptured()
    {
        lock (_captured)
        {
            var taken = new List<CapturedRequest>(_captured);
            _captured.Clear();
            return taken;
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requestCount);
        var target = request.Headers.NonValidated.TryGetValues("X-Amz-Target", out var values)
            ? values.ToString()
            : throw new InvalidOperationException("The request has no X-Amz-Target header; is this a DynamoDB JSON request?");
        var operation = target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target[TargetPrefix.Length..] : target;
        var length = (int)(request.Content?.Headers.ContentLength ?? 0);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        CannedResponse canned;
        try
        {
            if (request.Content is not null)
            {
                var stream = await request.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    var read = await stream.ReadAtLeastAsync(buffer.AsMemory(0, length), length, throwOnEndOfStream: true, cancellationToken).ConfigureAwait(false);
                    if (read != length || stream.ReadByte() >= 0)
                    {
                        throw new InvalidOperationException($"The {operation} request body does not match its Content-Length of {length} bytes.");
                    }
                }
            }

            var body = buffer.AsSpan(0, length);
            if (Capturing)
            {
                lock (_captured)
                {
                    _captured.Add(new CapturedRequest(operation, body.ToArray()));
                }
            }

            canned = Responses.For(operation, body);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var content = new ByteArrayContent(canned.Body);
        content.Headers.ContentType = JsonContentType;
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation("x-amz-crc32", canned.Crc32);
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "canned");
        return response;
    }
}
