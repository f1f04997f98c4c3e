namespace Dynamo.Repositories.KeyGeneration;

/// <summary>One sequence in one process: hands out the values of its reserved block, reserving the next block when it runs out.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Lives as long as the application; a SemaphoreSlim without a wait handle holds nothing to dispose.")]
internal sealed class HiLoSequence(SequenceStore store, string name, int blockSize)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _next;
    private long _end;

    /// <summary>Gets the next value.</summary>
    public async ValueTask<long> NextAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_next >= _end)
            {
                var high = await store.ReserveAsync(name, blockSize, cancellationToken).ConfigureAwait(false);
                (_next, _end) = (high - blockSize + 1, high + 1);
            }

            return _next++;
        }
        finally
        {
            _gate.Release();
        }
    }
}
