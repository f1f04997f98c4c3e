using System.Text.Json;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Wire;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// The buffer a commit (or a bulk write) prepares its entities' JSON into, for an executor that writes request bodies
/// itself: one pooled buffer and one writer, reset for each value, returned to the pool when the commit ends.
/// </summary>
internal sealed class CommitJson : IPreparedJsonSource, IDisposable
{
    private static readonly JsonWriterOptions Options = new() { SkipValidation = true };

    private readonly PooledBufferWriter _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;
    private int _start;

    /// <summary>Initializes a new instance of the <see cref="CommitJson"/> class.</summary>
    public CommitJson() => _writer = new Utf8JsonWriter(_buffer, Options);

    /// <inheritdoc/>
    public ReadOnlySpan<byte> Written => _buffer.WrittenMemory.Span;

    /// <summary>Starts a value and returns the writer to write it with.</summary>
    public Utf8JsonWriter Begin()
    {
        _writer.Reset(_buffer);
        _start = _buffer.WrittenMemory.Length;
        return _writer;
    }

    /// <summary>Ends the value begun last and returns where it lies.</summary>
    public PreparedJson End()
    {
        _writer.Flush();
        return new PreparedJson(this, _start, _buffer.WrittenMemory.Length - _start);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _writer.Dispose();
        _buffer.Dispose();
    }
}
