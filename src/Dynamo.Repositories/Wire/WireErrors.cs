using System.Runtime.InteropServices;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// Turns an error response into the exception the AWS SDK raises for it, through the SDK's own unmarshaller of the
/// operation (so ConditionalCheckFailedException carries its Item, TransactionCanceledException its reasons).
/// </summary>
internal static class WireErrors
{
    /// <summary>Unmarshalls the error of a non-success response.</summary>
    /// <param name="unmarshaller">The SDK's response unmarshaller of the operation.</param>
    /// <param name="response">The HTTP response (status and headers).</param>
    /// <param name="body">The body read.</param>
    /// <returns>The exception to throw.</returns>
    public static AmazonServiceException Unmarshall(JsonResponseUnmarshaller unmarshaller, HttpResponseMessage response, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(unmarshaller);
        ArgumentNullException.ThrowIfNull(response);
        var data = new WireResponseData(response, body.Length);
        using var stream = MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);
        using var context = new JsonUnmarshallerContext(stream, false, data, true, null);
        return unmarshaller.UnmarshallException(context, new HttpErrorResponseException(data), response.StatusCode);
    }
}
