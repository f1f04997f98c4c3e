using System.Text.Json;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// The JSON body of one request being sent: a <see cref="Utf8JsonWriter"/> over a <see cref="PooledBufferWriter"/>,
/// both reused from request to request (one kept per thread, like the runtime's <c>StringBuilderCache</c>), so a
/// request allocates neither. Rent one, write, send <see cref="Written"/> for every attempt, then dispose it: that
/// empties it (the array goes back to the shared pool, so no thread keeps a large body alive) and keeps it for the
/// disposing thread's next request.
/// </summary>
internal sealed class WireRequestBody : IDisposable
{
    /// <summary>The first array rented for a body on a thread that has sent none yet.</summary>
    public const int DefaultSize = 1024;

    /// <summary>The largest first array rented: a thread that sent a larger body grows the next one as it is written.</summary>
    public const int LargestFirstSize = 1024 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    [ThreadStatic]
    private static WireRequestBody? _cached;

    private readonly PooledBufferWriter _buffer = new(DefaultSize);

    private WireRequestBody() => Writer = new Utf8JsonWriter(_buffer, WriterOptions);

    /// <summary>Gets the writer of the body.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Gets the body written (flushes the writer first).</summary>
    public ReadOnlyMemory<byte> Written
    {
        get
        {
            Writer.Flush();
            return _buffer.WrittenMemory;
        }
    }

    /// <summary>Gets the size of the pooled array the body holds (0 once returned), for tests.</summary>
    internal int Capacity => _buffer.Capacity;

    /// <summary>Takes the calling thread's cached body, or a new one; empty either way.</summary>
    public static WireRequestBody Rent()
    {
        var body = _cached;
        if (body is null)
        {
            return new WireRequestBody();
        }

        _cached = null;
        return body;
    }

    /// <summary>
    /// Empties the body (its array back to the pool) and keeps it for the calling thread's next request; not used again
    /// by the caller. The next body starts with an array the size of this one (a thread sending commits of 100 items
    /// rents one array for the next, instead of doubling its way up from 1 KB).
    /// </summary>
    public void Dispose()
    {
        _buffer.InitialCapacity = Math.Clamp(_buffer.WrittenCount + Writer.BytesPending, DefaultSize, LargestFirstSize);
        Writer.Reset();
        _buffer.Reset();
        _cached = this;
    }
}
