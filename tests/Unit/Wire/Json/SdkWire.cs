using System.Buffers;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>The SDK's own marshallers and unmarshallers, run without a client: the reference the wire JSON must match.</summary>
internal static class SdkWire
{
    /// <summary>The request body the SDK's marshaller writes.</summary>
    public static byte[] Marshal<TRequest>(IMarshaller<IRequest, TRequest> marshaller, TRequest request)
    {
        var marshalled = marshaller.Marshall(request);
        return ((PooledContentStream)marshalled.ContentStream).Content.ToArray();
    }

    /// <summary>The response the SDK's unmarshaller reads from a 200 body.</summary>
    public static TResponse Unmarshal<TResponse>(JsonResponseUnmarshaller unmarshaller, byte[] json)
        where TResponse : AmazonWebServiceResponse
    {
        using var stream = new MemoryStream(json);
        var context = new JsonUnmarshallerContext(stream, maintainResponseBody: false, responseData: null);
        return (TResponse)unmarshaller.Unmarshall(context);
    }

    /// <summary>The body our writer writes.</summary>
    public static byte[] Write<TRequest>(Action<Utf8JsonWriter, TRequest> write, TRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, request);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
