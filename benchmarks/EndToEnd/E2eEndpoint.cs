using Dynamo.Repositories.Testing;

namespace Dynamo.Repositories.Benchmarks.EndToEnd;

/// <summary>
/// The DynamoDB the end-to-end mode talks to: <c>--endpoint URL</c> when given, otherwise
/// <see cref="DynamoDbLocal"/> (which honours DYNAMODB_ENDPOINT, or fetches, starts and stops DynamoDB Local).
/// </summary>
public sealed class E2eEndpoint : IAsyncDisposable
{
    private readonly DynamoDbLocal? _local;

    private E2eEndpoint(string serviceUrl, DynamoDbLocal? local)
    {
        ServiceUrl = serviceUrl;
        _local = local;
    }

    public string ServiceUrl { get; }

    public static async Task<E2eEndpoint> StartAsync(string? endpoint)
    {
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            return new E2eEndpoint(endpoint, null);
        }

        // Generous start timeout: the emulator starts slowly on a busy two-core machine.
        var local = await DynamoDbLocal.StartAsync(new DynamoDbLocalOptions { StartTimeout = TimeSpan.FromMinutes(2) });
        return new E2eEndpoint(local.ServiceUrl, local);
    }

    public ValueTask DisposeAsync() => _local?.DisposeAsync() ?? ValueTask.CompletedTask;
}
