using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Amazon.Runtime;

namespace Dynamo.Repositories.UnitTests.Wire;

/// <summary>Answers DynamoDB requests in memory with queued responses (the last one repeats), recording every request it receives.</summary>
public sealed class StubDynamoHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _responses = new();
    private Func<HttpResponseMessage> _last = () => Json(HttpStatusCode.OK, "{}");

    public List<(HttpRequestMessage Request, string Body)> Received { get; } = [];

    public StubDynamoHandler Reply(HttpStatusCode status, string body, bool corruptCrc = false)
    {
        _responses.Enqueue(() => Json(status, body, corruptCrc));
        return this;
    }

    public StubDynamoHandler Error(HttpStatusCode status, string type, string extra = "") =>
        Reply(status, $"{{\"__type\":\"com.amazonaws.dynamodb.v20120810#{type}\",{extra}\"message\":\"stub {type}\"}}");

    public static HttpResponseMessage Json(HttpStatusCode status, string body, bool corruptCrc = false)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var crc = System.IO.Hashing.Crc32.HashToUInt32(bytes) + (corruptCrc ? 1u : 0u);
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(bytes) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.0");
        response.Headers.TryAddWithoutValidation("x-amz-crc32", crc.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "stub-request-id");
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Received)
        {
            Received.Add((request, body));
        }

        if (_responses.TryDequeue(out var next))
        {
            _last = next;
        }

        return _last();
    }
}

/// <summary>Gives the SDK (and the wire path) HttpClients over one handler.</summary>
public sealed class StubHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
}
