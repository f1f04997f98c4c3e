using System.Buffers;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool: a request body without a per-request
/// array. <see cref="Reset"/> (or dispose) returns the array and leaves the writer empty and usable again; the next
/// write rents a new one.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private int _initialCapacity;
    private byte[] _buffer = [];
    private int _written;

    /// <summary>Initializes a new instance of the <see cref="PooledBufferWriter"/> class.</summary>
    /// <param name="initialCapacity">The size of the first array rented.</param>
    public PooledBufferWriter(int initialCapacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialCapacity);
        _initialCapacity = initialCapacity;
    }

    /// <summary>Gets or sets the size of the first array rented after a reset (a hint: a larger write rents more).</summary>
    public int InitialCapacity
    {
        get => _initialCapacity;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _initialCapacity = value;
        }
    }

    /// <summary>Gets the bytes written so far.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    /// <summary>Gets the number of bytes written so far.</summary>
    public int WrittenCount => _written;

    /// <summary>Gets the size of the array held (0 when none is).</summary>
    internal int Capacity => _buffer.Length;

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _written);
        _written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Forgets what was written and returns the array to the pool.</summary>
    public void Reset()
    {
        var buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Reset();

    private void Ensure(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(_initialCapacity, _buffer.Length * 2)));
        if (_buffer.Length > 0)
        {
            _buffer.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = larger;
    }
}
