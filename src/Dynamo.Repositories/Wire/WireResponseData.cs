using System.Net;
using Amazon.Runtime.EventStreams;
using Amazon.Runtime.Internal.Transform;

namespace Dynamo.Repositories.Wire;

/// <summary>The status and headers of an HTTP response, as the SDK's unmarshallers read them (the body is handed to them as a stream).</summary>
/// <param name="response">The response.</param>
/// <param name="contentLength">The length of the body read.</param>
internal sealed class WireResponseData(HttpResponseMessage response, long contentLength) : IWebResponseData
{
    /// <inheritdoc/>
    public long ContentLength => contentLength;

    /// <inheritdoc/>
    public string ContentType => response.Content.Headers.ContentType?.ToString() ?? string.Empty;

    /// <inheritdoc/>
    public HttpStatusCode StatusCode => response.StatusCode;

    /// <inheritdoc/>
    public bool IsSuccessStatusCode => response.IsSuccessStatusCode;

    /// <inheritdoc/>
    public IHttpResponseBody ResponseBody => throw new NotSupportedException("The wire path hands the SDK's unmarshallers the body it has read, never the HTTP stream.");

    /// <inheritdoc/>
    public string[] GetHeaderNames() =>
        [.. response.Headers.NonValidated.Select(h => h.Key), .. response.Content.Headers.NonValidated.Select(h => h.Key)];

    /// <inheritdoc/>
    public bool IsHeaderPresent(string headerName) => Find(headerName) is not null;

    /// <inheritdoc/>
    public string GetHeaderValue(string headerName) => Find(headerName) ?? string.Empty;

    /// <inheritdoc/>
    public IEventStreamHeader GetEventStreamHeader(string headerName) => null!;

    /// <inheritdoc/>
    public bool IsEventHeaderPresent(string headerName) => false;

    private string? Find(string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? values.ToString()
            : null;
}
