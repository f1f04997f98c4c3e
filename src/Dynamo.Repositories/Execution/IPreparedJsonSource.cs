namespace Dynamo.Repositories.Execution;

/// <summary>The buffer a commit or a bulk write prepared its entities' JSON into, read when the requests are written.</summary>
internal interface IPreparedJsonSource
{
    /// <summary>Gets the bytes written so far (a span over the current buffer: read it when writing, never keep it).</summary>
    ReadOnlySpan<byte> Written { get; }
}
