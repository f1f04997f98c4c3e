using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Dynamo.Repositories.IntegrationTests.Infrastructure;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>Records the requests sent with a client, on either path (<see cref="SentRequests"/>).</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<AmazonWebServiceRequest> _requests = new();

    public RequestLog(IAmazonDynamoDB client)
    {
        SentRequests.Observe(client, _requests.Enqueue);
    }

    public void Clear() => _requests.Clear();

    public List<T> Of<T>()
        where T : AmazonWebServiceRequest => _requests.OfType<T>().ToList();

    public int Count => _requests.Count;
}
