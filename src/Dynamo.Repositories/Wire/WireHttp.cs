using Amazon.Runtime;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// The HTTP client of the wire path, from the SDK client's configuration: its <c>HttpClientFactory</c> when one is
/// set (handlers injected that way see the wire path's requests too), otherwise one long-lived client over a
/// <see cref="SocketsHttpHandler"/> with the configuration's connection settings. Either way the request timeout is
/// the configuration's <c>Timeout</c> when set.
/// </summary>
internal static class WireHttp
{
    /// <summary>How long a pooled connection lives, so DNS changes of the endpoint are seen.</summary>
    public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Creates the client and says whether the wire executor owns it (disposes it and sets its timeout). A factory's
    /// client is owned only when the factory says its clients are disposed after use, as the SDK reads it: a factory
    /// that hands out one shared client (its SDK client keeps using it) gets it back untouched.
    /// </summary>
    public static (HttpClient Client, bool Owned) Create(IClientConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        HttpClient client;
        if (config.HttpClientFactory is { } factory)
        {
            client = factory.CreateHttpClient(config);
            if (!factory.DisposeHttpClientsAfterUse(config))
            {
                return (client, false);
            }
        }
        else
        {
            var handler = new SocketsHttpHandler { PooledConnectionLifetime = ConnectionLifetime };
            if (config.ConnectTimeout is { } connect)
            {
                handler.ConnectTimeout = connect;
            }

            if (config.MaxConnectionsPerServer is { } connections)
            {
                handler.MaxConnectionsPerServer = connections;
            }

            client = new HttpClient(handler, disposeHandler: true);
        }

        if (config.Timeout is { } timeout)
        {
            client.Timeout = timeout;
        }

        return (client, true);
    }
}
