using System.Buffers;
using System.Runtime.CompilerServices;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// Sends one signed request body to DynamoDB over HTTP and reads the whole response into a pooled buffer: the
/// endpoint, signing region, HTTP client and credentials all come from the SDK client's configuration.
/// </summary>
internal sealed class WireTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly SigV4Signer _signer;
    private readonly WireCredentials _credentials;
    private readonly TimeProvider _time;
    private readonly string _host;

    /// <summary>Initializes a new instance of the <see cref="WireTransport"/> class.</summary>
    /// <param name="http">The HTTP client.</param>
    /// <param name="ownsHttp">Whether <paramref name="http"/> is disposed with the transport.</param>
    /// <param name="endpoint">The DynamoDB endpoint.</param>
    /// <param name="signer">The signer (its region is the signing region).</param>
    /// <param name="credentials">The credentials source.</param>
    /// <param name="time">The clock of the signatures.</param>
    public WireTransport(HttpClient http, bool ownsHttp, Uri endpoint, SigV4Signer signer, WireCredentials credentials, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _ownsHttp = ownsHttp;
        Endpoint = endpoint;
        _signer = signer ?? throw new ArgumentNullException(nameof(signer));
        _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _host = endpoint.Authority;
    }

    /// <summary>Gets the endpoint requests go to.</summary>
    public Uri Endpoint { get; }

    /// <summary>Gets the region requests are signed for.</summary>
    public string Region => _signer.Region;

    /// <summary>Sends one attempt of a request.</summary>
    /// <param name="target">The <c>X-Amz-Target</c> header.</param>
    /// <param name="body">The JSON body.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>The response, whatever its status; dispose it.</returns>
    /// <remarks>
    /// A value task from a pooling builder: it completes without allocating when everything is already done, and
    /// reuses its state machine when it has to wait on the network. Await it once.
    /// </remarks>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<WireResponse> SendAsync(string target, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var credentials = await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
        var signed = _signer.Sign(credentials, _time.GetUtcNow().UtcDateTime, _host, target, body.Span);
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new ReadOnlyMemoryContent(body) };
        var headers = request.Headers;
        headers.TryAddWithoutValidation("X-Amz-Target", target);
        headers.TryAddWithoutValidation("X-Amz-Date", signed.AmzDate);
        headers.TryAddWithoutValidation("Authorization", signed.Authorization);
        if (credentials.UseToken)
        {
            headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.Token);
        }

        request.Content.Headers.TryAddWithoutValidation("Content-Type", SigV4Signer.ContentType);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var buffer = WireResponse.Rent(response.Content.Headers.ContentLength);
        try
        {
            var length = 0;
            var expected = response.Content.Headers.ContentLength;
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while (length != expected && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length == buffer.Length && length != expected)
                    {
                        buffer = WireResponse.Grow(buffer, length);
                    }
                }
            }

            return new WireResponse(response, buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            response.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }
}
