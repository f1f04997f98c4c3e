namespace Dynamo.Repositories.Wire;

/// <summary>Parses the body of a successful response.</summary>
/// <typeparam name="TResponse">The response type.</typeparam>
/// <param name="json">The body.</param>
/// <returns>The response.</returns>
internal delegate TResponse WireReader<out TResponse>(ReadOnlyMemory<byte> json);
