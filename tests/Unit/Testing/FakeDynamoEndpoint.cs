using System.Net;
using System.Text;
using Dynamo.Repositories.Testing.Local;

namespace Dynamo.Repositories.UnitTests.Testing;

/// <summary>An HTTP endpoint that answers every DynamoDB call with an empty ListTables result and counts the calls.</summary>
public sealed class FakeDynamoEndpoint : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _requests;

    public FakeDynamoEndpoint()
    {
        var port = FreePort.Next();
        Url = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Url + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public int Requests => Volatile.Read(ref _requests);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
            // Stopped while waiting for a request.
        }
        catch (ObjectDisposedException)
        {
            // Same.
        }

        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            Interlocked.Increment(ref _requests);
            var body = Encoding.UTF8.GetBytes("{\"TableNames\":[]}");
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-amz-json-1.0";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }
}
