using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Dynamo.Repositories.Wire;

namespace Dynamo.Repositories.IntegrationTests.Infrastructure;

/// <summary>
/// Observes the requests sent with a client on either path, once per call: the SDK client's BeforeRequestEvent (the
/// SDK path, and requests the library sends with the client directly, e.g. table management) and the wire executor's
/// notice for the executors built from that client (the wire path, where the SDK's events are not raised).
/// </summary>
public static class SentRequests
{
    public static void Observe(IAmazonDynamoDB client, Action<AmazonWebServiceRequest> onRequest)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(onRequest);
        ((AmazonServiceClient)client).BeforeRequestEvent += (_, e) =>
        {
            if (e is WebServiceRequestEventArgs { Request: { } request })
            {
                onRequest(request);
            }
        };
        WireExecutor.Sending += (executor, request) =>
        {
            if (ReferenceEquals(executor.Source, client))
            {
                onRequest(request);
            }
        };
    }
}
