using System.Text.Json;
using Amazon.Runtime.Internal.Transform;

namespace Dynamo.Repositories.Wire;

/// <summary>What the wire executor needs to send one DynamoDB operation: its target, body writer, response reader and the SDK's error unmarshaller.</summary>
/// <typeparam name="TRequest">The request type.</typeparam>
/// <typeparam name="TResponse">The response type.</typeparam>
internal sealed class WireOperation<TRequest, TResponse>
{
    /// <summary>Initializes a new instance of the <see cref="WireOperation{TRequest, TResponse}"/> class.</summary>
    /// <param name="name">The operation name, e.g. <c>GetItem</c>.</param>
    /// <param name="write">Writes the request body.</param>
    /// <param name="read">Reads a successful response body.</param>
    /// <param name="errors">The SDK's response unmarshaller of the operation, whose <c>UnmarshallException</c> makes the SDK's exceptions.</param>
    public WireOperation(string name, Action<Utf8JsonWriter, TRequest> write, WireReader<TResponse> read, JsonResponseUnmarshaller errors)
    {
        Name = name;
        Target = "DynamoDB_20120810." + name;
        Write = write;
        Read = read;
        Errors = errors;
    }

    /// <summary>Gets the operation name.</summary>
    public string Name { get; }

    /// <summary>Gets the <c>X-Amz-Target</c> header value.</summary>
    public string Target { get; }

    /// <summary>Gets the request body writer.</summary>
    public Action<Utf8JsonWriter, TRequest> Write { get; }

    /// <summary>Gets the response body reader.</summary>
    public WireReader<TResponse> Read { get; }

    /// <summary>Gets the SDK's unmarshaller of the operation's errors.</summary>
    public JsonResponseUnmarshaller Errors { get; }
}
