using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace Dynamo.Repositories.IntegrationTests.UnitOfWork;

/// <summary>What the handler does to the next matching request.</summary>
public enum Fault
{
    /// <summary>Forward the request to DynamoDB Local, then lose the reply (the write is applied, the client sees an error).</summary>
    DropReplyAfterForwarding,

    /// <summary>Answer with a TransactionCanceledException whose first reason is TransactionConflict, without forwarding.</summary>
    TransactionConflict,

    /// <summary>Answer with a ProvisionedThroughputExceededException, without forwarding.</summary>
    Throttling,

    /// <summary>Answer with HTTP 500, without forwarding.</summary>
    InternalServerError,

    /// <summary>Change one string value in the request body, then forward it (a replay whose payload differs).</summary>
    ChangePayloadAndForward,
}

/// <summary>
/// Sits between the SDK and DynamoDB Local (wired through <c>AmazonDynamoDBConfig.HttpClientFactory</c>) and injects
/// the faults DynamoDB Local never produces, for the requests of one operation (e.g. TransactWriteItems).
/// </summary>
public sealed class FaultInjectingHandler(string operation) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<Fault> _faults = new();
    private int _matching;
    private int _forwarded;

    /// <summary>Gets how many requests of the operation arrived.</summary>
    public int Matching => _matching;

    /// <summary>Gets how many requests of the operation reached DynamoDB Local.</summary>
    public int Forwarded => _forwarded;

    /// <summary>Queues faults for the next requests of the operation; later requests pass through.</summary>
    public void Inject(Fault fault, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(fault);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.FirstOrDefault() : null;
        if (target is null || !target.EndsWith("." + operation, StringComparison.Ordinal))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        Interlocked.Increment(ref _matching);
        if (!_faults.TryDequeue(out var fault))
        {
            Interlocked.Increment(ref _forwarded);
            return await base.SendAsync(request, cancellationToken);
        }

        switch (fault)
        {
            case Fault.DropReplyAfterForwarding:
                Interlocked.Increment(ref _forwarded);
                using (await base.SendAsync(request, cancellationToken))
                {
                    throw new HttpRequestException("Injected fault: the reply was lost after DynamoDB applied the request.");
                }

            case Fault.ChangePayloadAndForward:
                Interlocked.Increment(ref _forwarded);
                var body = await request.Content!.ReadAsStringAsync(cancellationToken);
                var at = body.IndexOf("{\"S\":\"", StringComparison.Ordinal) + 6;
                var changed = new StringContent(body.Insert(at, "changed-"), Encoding.UTF8);
                changed.Headers.ContentType = request.Content.Headers.ContentType;
                request.Content = changed;
                return await base.SendAsync(request, cancellationToken);
            case Fault.TransactionConflict:
                return Error(HttpStatusCode.BadRequest, "TransactionCanceledException",
                    "\"CancellationReasons\":[{\"Code\":\"TransactionConflict\",\"Message\":\"Transaction is ongoing for the item\"}],");
            case Fault.Throttling:
                return Error(HttpStatusCode.BadRequest, "ProvisionedThroughputExceededException", string.Empty);
            default:
                return Error(HttpStatusCode.InternalServerError, "InternalServerError", string.Empty);
        }
    }

    private static HttpResponseMessage Error(HttpStatusCode status, string type, string extra) => new(status)
    {
        Content = new StringContent(
            $"{{\"__type\":\"com.amazonaws.dynamodb.v20120810#{type}\",{extra}\"message\":\"Injected fault: {type}\"}}",
            Encoding.UTF8,
            "application/x-amz-json-1.0"),
    };
}

/// <summary>Clients of the fixture's DynamoDB Local whose requests go through a handler, with no SDK retries.</summary>
public static class FaultInjectingClient
{
    public static AmazonDynamoDBClient Create(string serviceUrl, HttpMessageHandler handler) =>
        new(
            new BasicAWSCredentials("local", "local"),
            new AmazonDynamoDBConfig
            {
                ServiceURL = serviceUrl,
                AuthenticationRegion = "us-east-1",
                MaxErrorRetry = 0,
                HttpClientFactory = new HandlerHttpClientFactory(handler),
            });

    /// <summary>Creates a client with the SDK's default retry settings (as a host registering its own client would have).</summary>
    public static AmazonDynamoDBClient CreateWithSdkDefaults(string serviceUrl, HttpMessageHandler handler) =>
        new(
            new BasicAWSCredentials("local", "local"),
            new AmazonDynamoDBConfig
            {
                ServiceURL = serviceUrl,
                AuthenticationRegion = "us-east-1",
                HttpClientFactory = new HandlerHttpClientFactory(handler),
            });
}

/// <summary>Gives the SDK HttpClients over one handler.</summary>
public sealed class HandlerHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
}
