using Amazon.Runtime;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>Hands the SDK an HttpClient over a given handler (the canned one, or a counting one for end-to-end runs).</summary>
public sealed class FixedHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    private readonly HttpClient _client = new(handler, disposeHandler: false);

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => _client;

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;
}
