using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>
/// Answers every DynamoDB request in memory: dispatches on X-Amz-Target, drains the request body, and returns the
/// precomputed JSON with the x-amz-crc32 header the SDK checks. Every contender pays exactly this cost.
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
        // The body is drained into a pooled buffer, as a socket handler sends it without copying it into a new array;
        // the copy ReadAsByteArrayAsync made (several times the body) was charged to every contender and hid their own costs.
        var (buffer, length) = await DrainAsync(request.Content, cancellationToken).ConfigureAwait(false);
        CannedResponse canned;
        try
        {
            if (Capturing)
            {
                lock (_captured)
                {
                    _captured.Add(new CapturedRequest(operation, buffer.AsSpan(0, length).ToArray()));
                }
            }

            canned = Responses.For(operation, buffer.AsSpan(0, length));
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

    private static async Task<(byte[] Buffer, int Length)> DrainAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content?.Headers.ContentLength is not long known || known > int.MaxValue)
        {
            // No length announced (no contender today): read it the plain way.
            var copied = content is null ? [] : await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var rented = ArrayPool<byte>.Shared.Rent(Math.Max(copied.Length, 1));
            copied.CopyTo(rented, 0);
            return (rented, copied.Length);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(known, 1));
        using var sink = new MemoryStream(buffer, 0, (int)known, writable: true);
        await content.CopyToAsync(sink, cancellationToken).ConfigureAwait(false);
        return (buffer, (int)sink.Position);
    }
}
