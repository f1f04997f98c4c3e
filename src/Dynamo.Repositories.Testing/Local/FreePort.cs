using System.Net;
using System.Net.Sockets;

namespace Dynamo.Repositories.Testing.Local;

/// <summary>Picks a loopback port that is free now (another process may still take it; the caller retries then).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
