using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>Records the requests a client sends, through the SDK's BeforeRequestEvent.</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<AmazonWebServiceRequest> _requests = new();

    public RequestLog(IAmazonDynamoDB client)
    {
        ((AmazonServiceClient)client).BeforeRequestEvent += (_, e) =>
        {
            if (e is WebServiceRequestEventArgs { Request: { } request })
            {
                _requests.Enqueue(request);
            }
        };
    }

    public void Clear() => _requests.Clear();

    public List<T> Of<T>()
        where T : AmazonWebServiceRequest => _requests.OfType<T>().ToList();

    public int Count => _requests.Count;
}
