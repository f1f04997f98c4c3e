namespace Dynamo.Repositories.Benchmarks.EndToEnd;

/// <summary>The DynamoDB the end-to-end mode talks to: a given endpoint, or a DynamoDB Local it starts and stops.</summary>
public sealed class E2eEndpoint : IAsyncDisposable
{
    private readonly IAsyncDisposable? _owned;

    private E2eEndpoint(string serviceUrl, IAsyncDisposable? owned)
    {
        ServiceUrl = serviceUrl;
        _owned = owned;
    }

    public string ServiceUrl { get; }

    public static Task<E2eEndpoint> StartAsync(string? endpoint)
    {
        endpoint ??= Environment.GetEnvironmentVariable("DYNAMODB_ENDPOINT");
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            return Task.FromResult(new E2eEndpoint(endpoint, null));
        }

        throw new InvalidOperationException("Pass --endpoint http://localhost:8000 or set DYNAMODB_ENDPOINT to a running DynamoDB Local.");
    }

    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
